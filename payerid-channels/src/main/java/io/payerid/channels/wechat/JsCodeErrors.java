package io.payerid.channels.wechat;

import io.payerid.core.error.ErrorCode;

/**
 * jscode2session's errcodes onto gateway codes (by number only; WeChat's errmsg wording changes). The
 * errcode stays in the detail, so a merchant can look it up in WeChat's documentation.
 */
public final class JsCodeErrors {

    private JsCodeErrors() {
    }

    public static WechatApiException refused(String appId, int errcode) {
        return switch (errcode) {
            case 40029 -> new WechatApiException(ErrorCode.MINIPROGRAM_CODE_INVALID, errcode,
                    "the code is invalid, expired or was issued to another mini-program than " + appId, null);
            case 40163 -> new WechatApiException(ErrorCode.MINIPROGRAM_CODE_USED, errcode, "the code was already used", null);
            case 40226 -> new WechatApiException(ErrorCode.MINIPROGRAM_USER_BLOCKED, errcode,
                    "WeChat blocked the login of a high-risk user", null);
            case 45011 -> new WechatApiException(ErrorCode.UPSTREAM_RATE_LIMITED, errcode,
                    "the payer's login quota for this minute is used up", null);
            case -1 -> new WechatApiException(ErrorCode.UPSTREAM_UNAVAILABLE, errcode, "WeChat is busy, try again later", null);
            case 40013, 40125, 41002, 41004, 40164 -> new WechatApiException(ErrorCode.CHANNEL_NOT_CONFIGURED, errcode,
                    "WeChat refused the appid, AppSecret or server IP of " + appId, null);
            default -> new WechatApiException(ErrorCode.UPSTREAM_ERROR, errcode, "jscode2session failed", null);
        };
    }
}
