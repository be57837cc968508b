package io.payerid.channels.wechat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.binarywang.wxpay.config.WxPayConfig;
import com.github.binarywang.wxpay.service.WxPayService;
import com.github.binarywang.wxpay.service.impl.WxPayServiceImpl;
import io.payerid.core.signing.Digests;
import io.payerid.core.signing.HexCase;
import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.WechatPayMerchant;
import java.time.Duration;

/**
 * One WxJava {@link WxPayService} per WeChat Pay merchant credentials, built on first use and cached
 * (WxJava's multi-merchant switching is not safe for concurrent tenants). A changed key, sign type or
 * sub-merchant builds a new service.
 */
public final class WechatPayServices {

    private static final int CONNECT_TIMEOUT_MILLIS = 3_000;
    private static final int READ_TIMEOUT_MILLIS = 8_000;

    private final String payBaseUrl;
    private final Cache<String, WxPayService> services = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterAccess(Duration.ofHours(6))
            .build();

    /** @param payBaseUrl replaces {@code https://api.mch.weixin.qq.com}; null for WeChat's own host */
    public WechatPayServices(String payBaseUrl) {
        this.payBaseUrl = payBaseUrl;
    }

    public WxPayService forMerchant(WechatPayMerchant merchant) {
        String keyFingerprint = Digests.hmacSha256Hex("payerid", merchant.apiKey().reveal(), HexCase.LOWER);
        String cacheKey = String.join(":", merchant.appId(), merchant.mchId(), String.valueOf(merchant.subMchId()),
                merchant.signType().name(), keyFingerprint);
        return services.get(cacheKey, key -> build(merchant));
    }

    private WxPayService build(WechatPayMerchant merchant) {
        WxPayConfig config = new WxPayConfig();
        config.setAppId(merchant.appId());
        config.setMchId(merchant.mchId());
        config.setSubMchId(merchant.subMchId());
        config.setMchKey(merchant.apiKey().reveal());
        // WxJava omits sign_type for MD5, WeChat's default, and signs and verifies with the configured type.
        config.setSignType(merchant.signType() == SignType.HMAC_SHA256 ? SignType.HMAC_SHA256.wireName() : null);
        if (payBaseUrl != null) {
            config.setApiHostUrl(payBaseUrl);
        }
        // Keeps the verified answer on the calling thread: authcode2Openid returns the openid only, the
        // partner-mode sub_openid is read from it (see WechatPayCodeLookup).
        config.setIfSaveApiData(true);
        config.setHttpConnectionTimeout(CONNECT_TIMEOUT_MILLIS);
        config.setHttpTimeout(READ_TIMEOUT_MILLIS);
        WxPayServiceImpl service = new WxPayServiceImpl();
        service.setConfig(config);
        return service;
    }
}
