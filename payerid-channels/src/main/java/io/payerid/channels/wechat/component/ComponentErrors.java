package io.payerid.channels.wechat.component;

import io.payerid.channels.wechat.WechatApiException;
import io.payerid.core.error.ErrorCode;

/**
 * WeChat errcodes of component calls onto gateway codes, by number only. 61004/61006/61009 ("access clientip is not
 * registered", "component ticket is expired", "code is invalid") and 61010 ("code expired") are the component
 * family's own; 40001/40014/42001 are token rejections callers refresh on.
 */
final class ComponentErrors {

    private ComponentErrors() {
    }

    static WechatApiException refused(String what, int errcode) {
        return switch (errcode) {
            case 61006, 61005 -> new WechatApiException(ErrorCode.COMPONENT_TICKET_MISSING, errcode,
                    "WeChat refused the component_verify_ticket (" + what + ")", null);
            case 61009, 61010, 61007 -> new WechatApiException(ErrorCode.COMPONENT_AUTH_CODE_INVALID, errcode,
                    "WeChat refused the authorization code (" + what + ")", null);
            case 61003, 61023 -> new WechatApiException(ErrorCode.COMPONENT_NOT_AUTHORIZED, errcode,
                    "the account is not authorized to this third-party platform (" + what + ")", null);
            case 40029, 40163, 42003 -> new WechatApiException(ErrorCode.AUTH_CODE_INVALID, errcode,
                    "WeChat rejected the code (" + what + ")", null);
            case -1, 45009, 45011 -> new WechatApiException(ErrorCode.UPSTREAM_UNAVAILABLE, errcode,
                    "WeChat is busy (" + what + ")", null);
            case 40013, 40125, 41002, 41004, 40164, 61004 -> new WechatApiException(ErrorCode.CHANNEL_NOT_CONFIGURED, errcode,
                    "WeChat refused the third-party platform's credentials (" + what + ")", null);
            default -> new WechatApiException(ErrorCode.UPSTREAM_ERROR, errcode, "WeChat refused " + what, null);
        };
    }
}
