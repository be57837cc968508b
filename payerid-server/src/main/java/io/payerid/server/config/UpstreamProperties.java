package io.payerid.server.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Upstream hosts ({@code payerid.upstream.*}). Empty means the official host. The embedded defaults
 * point them at the built-in sandbox; production leaves them empty or points them at a proxy.
 *
 * @param wechatOpenHost browser-facing WeChat host (authorize page); must be reachable by the payer
 * @param wechatApiHost  server-facing WeChat API host
 * @param alipayOpenauthHost browser-facing Alipay authorize host; empty = {@code https://openauth.alipay.com}
 * @param alipayGatewayUrl   server-facing Alipay gateway; empty = {@code https://openapi.alipay.com/gateway.do}
 */
@ConfigurationProperties("payerid.upstream")
public record UpstreamProperties(String wechatOpenHost, String wechatApiHost,
                                 String alipayOpenauthHost, String alipayGatewayUrl) {

    static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
