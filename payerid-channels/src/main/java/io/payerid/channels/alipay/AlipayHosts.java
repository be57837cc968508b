package io.payerid.channels.alipay;

/**
 * Where the Alipay upstream lives. Null fields mean Alipay's production endpoints; the sandbox (or a
 * proxy) is configured by giving its URLs, e.g. {@code http://127.0.0.1:8080/sandbox/alipay/gateway.do}.
 *
 * @param openAuthHost replaces {@code https://openauth.alipay.com} (browser authorize page)
 * @param gatewayUrl   replaces {@code https://openapi.alipay.com/gateway.do} (server-to-server calls)
 */
public record AlipayHosts(String openAuthHost, String gatewayUrl) {

    public static final String OFFICIAL_OPEN_AUTH_HOST = "https://openauth.alipay.com";
    public static final String OFFICIAL_GATEWAY_URL = "https://openapi.alipay.com/gateway.do";

    public AlipayHosts {
        openAuthHost = openAuthHost == null || openAuthHost.isBlank() ? OFFICIAL_OPEN_AUTH_HOST : stripSlash(openAuthHost);
        gatewayUrl = gatewayUrl == null || gatewayUrl.isBlank() ? OFFICIAL_GATEWAY_URL : gatewayUrl;
    }

    public static AlipayHosts official() {
        return new AlipayHosts(null, null);
    }

    private static String stripSlash(String host) {
        return host.endsWith("/") ? host.substring(0, host.length() - 1) : host;
    }
}
