package io.payerid.core.tenant;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;

/**
 * Typed view of a {@link ChannelKind#WECHAT_OA} configuration: the account whose web OAuth identifies
 * the payer. In service-provider mode {@code subAppId} names the sub-merchant's account for payments.
 */
public record WechatOfficialAccount(String appId, Secret appSecret, ChannelMode mode, String subAppId) {

    public static final String APP_ID = "appId";
    public static final String APP_SECRET = "appSecret";
    public static final String SUB_APP_ID = "subAppId";

    public static WechatOfficialAccount from(ChannelConfig config) {
        if (config.kind() != ChannelKind.WECHAT_OA) {
            throw new IllegalArgumentException("not a WeChat official account configuration: " + config.kind());
        }
        String appId = config.setting(APP_ID).orElseThrow(() -> misconfigured("appId"));
        Secret secret = config.secret(APP_SECRET).orElseThrow(() -> misconfigured("appSecret"));
        return new WechatOfficialAccount(appId, secret, config.mode(), config.setting(SUB_APP_ID).orElse(null));
    }

    private static PayerIdException misconfigured(String field) {
        return new PayerIdException(ErrorCode.CHANNEL_NOT_CONFIGURED, "WeChat official account has no " + field);
    }
}
