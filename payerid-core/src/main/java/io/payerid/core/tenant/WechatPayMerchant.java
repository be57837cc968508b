package io.payerid.core.tenant;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.signing.SignType;

/**
 * Typed view of a {@link ChannelKind#WECHAT_PAY} configuration: WeChat Pay v2 merchant credentials.
 * {@link ChannelMode#DIRECT}: the merchant's own {@code mchId} and {@code appId}.
 * {@link ChannelMode#SERVICE_PROVIDER} (partner, 服务商): the provider's {@code mchId}, {@code appId} and API key,
 * the merchant's {@code subMchId}, and optionally the sub-merchant's {@code subAppId}.
 *
 * @param signType MD5 (default) or HMAC_SHA256, as set for the API key in the merchant platform
 */
public record WechatPayMerchant(String appId, String mchId, String subMchId, String subAppId, SignType signType,
                                Secret apiKey, ChannelMode mode) {

    public static final String APP_ID = "appId";
    public static final String MCH_ID = "mchId";
    public static final String SUB_MCH_ID = "subMchId";
    public static final String SUB_APP_ID = "subAppId";
    public static final String SIGN_TYPE = "signType";
    public static final String API_KEY = "apiKey";

    public static WechatPayMerchant from(ChannelConfig config) {
        if (config.kind() != ChannelKind.WECHAT_PAY) {
            throw new IllegalArgumentException("not a WeChat Pay configuration: " + config.kind());
        }
        String appId = config.setting(APP_ID).orElseThrow(() -> misconfigured("has no appId"));
        String mchId = config.setting(MCH_ID).orElseThrow(() -> misconfigured("has no mchId"));
        Secret apiKey = config.secret(API_KEY).orElseThrow(() -> misconfigured("has no apiKey"));
        String subMchId = config.setting(SUB_MCH_ID).orElse(null);
        String subAppId = config.setting(SUB_APP_ID).orElse(null);
        boolean partner = config.mode() == ChannelMode.SERVICE_PROVIDER;
        if (partner && subMchId == null) {
            throw misconfigured("in SERVICE_PROVIDER mode needs subMchId");
        }
        if (!partner && (subMchId != null || subAppId != null)) {
            throw misconfigured("in DIRECT mode cannot have subMchId or subAppId");
        }
        return new WechatPayMerchant(appId, mchId, subMchId, subAppId, signType(config), apiKey, config.mode());
    }

    public boolean partner() {
        return mode == ChannelMode.SERVICE_PROVIDER;
    }

    private static SignType signType(ChannelConfig config) {
        String raw = config.setting(SIGN_TYPE).orElse(null);
        if (raw == null) {
            return SignType.MD5;
        }
        return SignType.fromWire(raw).filter(type -> type != SignType.RSA2)
                .orElseThrow(() -> misconfigured("signType must be MD5 or HMAC-SHA256"));
    }

    private static PayerIdException misconfigured(String problem) {
        return new PayerIdException(ErrorCode.CHANNEL_NOT_CONFIGURED, "WeChat Pay configuration " + problem);
    }
}
