package io.payerid.server.config;

import io.payerid.core.flow.UpstreamCodeShape;
import org.springframework.boot.context.properties.bind.DefaultValue;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Upstream hosts ({@code payerid.upstream.*}). Empty means the official host. The embedded defaults
 * point them at the built-in sandbox; production leaves them empty or points them at a proxy.
 *
 * @param wechatOpenHost browser-facing WeChat host (authorize page); must be reachable by the payer
 * @param wechatApiHost  server-facing WeChat API host
 * @param unionpayQrHost     browser-facing UnionPay userAuth host (replaces {@code https://qr.95516.com})
 * @param unionpayGatewayUrl server-facing acquirer gateway for userAuthCode → user_id
 *                           (replaces {@code https://qra.95516.com/pay/gateway})
 * @param wechatPayBaseUrl   server-facing WeChat Pay host (replaces {@code https://api.mch.weixin.qq.com})
 * @param alipayOpenauthHost browser-facing Alipay authorize host; empty = {@code https://openauth.alipay.com}
 * @param alipayGatewayUrl   server-facing Alipay gateway; empty = {@code https://openapi.alipay.com/gateway.do}
 * @param wechatCodePattern  what a WeChat OAuth {@code code} may look like (regex; WeChat publishes no alphabet)
 * @param alipayCodePattern  what an Alipay {@code auth_code} may look like (regex; Alipay publishes no alphabet)
 * @param wechatMpHost       browser-facing host of WeChat's third-party platform authorization page
 *                           (replaces {@code https://mp.weixin.qq.com}; {@code componentloginpage})
 */
@ConfigurationProperties("payerid.upstream")
public record UpstreamProperties(String wechatOpenHost, String wechatApiHost,
                                 String unionpayQrHost, String unionpayGatewayUrl, String wechatPayBaseUrl,
                                 String alipayOpenauthHost, String alipayGatewayUrl,
                                 @DefaultValue(UpstreamCodeShape.DEFAULT_WECHAT) String wechatCodePattern,
                                 @DefaultValue(UpstreamCodeShape.DEFAULT_ALIPAY) String alipayCodePattern,
                                 String wechatMpHost) {

    public static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
