package io.payerid.core.tenant;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;

/**
 * Typed view of a {@link ChannelKind#WECHAT_COMPONENT} configuration: an institution's WeChat third-party platform
 * (第三方平台). The token and EncodingAESKey check and decrypt WeChat's pushes; the appsecret and the pushed ticket
 * fetch the component access token.
 */
public record WechatComponentAccount(String componentAppId, Secret appSecret, Secret token, Secret encodingAesKey) {

    public static final String APP_ID = "componentAppId";
    public static final String APP_SECRET = "componentAppSecret";
    public static final String TOKEN = "token";
    public static final String ENCODING_AES_KEY = "encodingAesKey";

    public static WechatComponentAccount from(ChannelConfig config) {
        if (config.kind() != ChannelKind.WECHAT_COMPONENT) {
            throw new IllegalArgumentException("not a WeChat component configuration: " + config.kind());
        }
        return new WechatComponentAccount(
                config.setting(APP_ID).orElseThrow(() -> misconfigured(APP_ID)),
                config.secret(APP_SECRET).orElseThrow(() -> misconfigured(APP_SECRET)),
                config.secret(TOKEN).orElseThrow(() -> misconfigured(TOKEN)),
                config.secret(ENCODING_AES_KEY).orElseThrow(() -> misconfigured(ENCODING_AES_KEY)));
    }

    private static PayerIdException misconfigured(String field) {
        return new PayerIdException(ErrorCode.CHANNEL_NOT_CONFIGURED, "WeChat third-party platform has no " + field);
    }
}
