package io.payerid.core.miniprogram;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.ChannelConfig;

/**
 * Whether a WECHAT_MINIAPP configuration hands WeChat's session_key to its merchants: setting
 * {@code sessionKeyDelivery} = {@code none} (default) or {@code encrypted}. The session_key decrypts the
 * payer's wx.getPhoneNumber / getUserInfo payloads and signs mini-program data checks, so it is the payer's
 * session credential: kept inside the gateway unless the operator opts in, and then only sealed to the app.
 */
public enum SessionKeyDelivery {
    NONE,
    ENCRYPTED;

    public static final String SETTING = "sessionKeyDelivery";

    public static SessionKeyDelivery of(ChannelConfig config) {
        String value = config.setting(SETTING).orElse("none");
        return switch (value) {
            case "none" -> NONE;
            case "encrypted" -> ENCRYPTED;
            default -> throw new PayerIdException(ErrorCode.CHANNEL_NOT_CONFIGURED,
                    SETTING + " must be none or encrypted");
        };
    }
}
