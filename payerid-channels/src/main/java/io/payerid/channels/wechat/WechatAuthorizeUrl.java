package io.payerid.channels.wechat;

import io.payerid.core.redirect.PercentEncoding;

/**
 * The browser URL of WeChat's 网页授权 page, written the way WxJava's
 * {@code WxMpOAuth2ServiceImpl.buildAuthorizationUrl} writes it (documented parameter order,
 * {@code connect_redirect=1}, {@code #wechat_redirect}; only the redirect URI encoded, the state trimmed),
 * in one builder. WxJava's version costs a {@code String.format} and an encoder that allocates a
 * substring per character, on every redirect entry; it stays in use for the protocol calls.
 */
public final class WechatAuthorizeUrl {

    static final String OFFICIAL_OPEN_HOST = "https://open.weixin.qq.com";
    private static final String PATH = "/connect/oauth2/authorize?appid=";

    private WechatAuthorizeUrl() {
    }

    /** @param openHost the configured open host, null for WeChat's own */
    static String build(String openHost, String appId, String redirectUri, String scope, String state) {
        return build(openHost, appId, redirectUri, scope, state, null);
    }

    /**
     * @param componentAppId a third-party platform acting for {@code appId} (the authorizer), null for none: then
     *                       {@code component_appid} follows the state, as WeChat's component variant documents
     */
    public static String build(String openHost, String appId, String redirectUri, String scope, String state,
                               String componentAppId) {
        String host = openHost == null ? OFFICIAL_OPEN_HOST : openHost;
        StringBuilder url = new StringBuilder(host.length() + redirectUri.length() * 2 + 160)
                .append(host).append(PATH).append(appId).append("&redirect_uri=");
        PercentEncoding.URI_COMPONENT.appendEncoded(url, redirectUri);
        url.append("&response_type=code&scope=").append(scope)
                .append("&state=").append(state == null ? "" : state.trim());
        if (componentAppId != null) {
            url.append("&component_appid=").append(PercentEncoding.URI_COMPONENT.encode(componentAppId));
        }
        return url.append("&connect_redirect=1#wechat_redirect").toString();
    }
}
