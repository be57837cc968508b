package io.payerid.channels.wechat;

/**
 * Where the WeChat upstream lives. Null fields mean WeChat's official hosts; the sandbox (or a proxy)
 * is configured by giving its base URLs, e.g. {@code http://127.0.0.1:8080/sandbox/wechat/open}.
 *
 * @param openHost replaces {@code https://open.weixin.qq.com} (browser authorize page)
 * @param apiHost  replaces {@code https://api.weixin.qq.com} (server-to-server calls)
 */
public record WechatHosts(String openHost, String apiHost) {

    static final String OFFICIAL_API_HOST = "https://api.weixin.qq.com";

    public static WechatHosts official() {
        return new WechatHosts(null, null);
    }

    /** Where the lean server-to-server calls go: {@code apiHost}, or WeChat's own when none is configured. */
    public String apiBaseUrl() {
        return apiHost == null ? OFFICIAL_API_HOST : apiHost;
    }
}
