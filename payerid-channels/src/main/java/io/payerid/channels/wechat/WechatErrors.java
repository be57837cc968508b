package io.payerid.channels.wechat;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;

/**
 * Maps WeChat errcodes onto gateway codes. Branches on the number only: WeChat's errmsg carries
 * request ids and changes wording, so it is never compared.
 */
final class WechatErrors {

    private WechatErrors() {
    }

    static PayerIdException translate(int errcode, Throwable cause) {
        return switch (errcode) {
            case 40029, 40163, 42003 -> new PayerIdException(ErrorCode.AUTH_CODE_INVALID,
                    "WeChat rejected the authorization code (errcode " + errcode + ")", cause);
            case -1 -> new PayerIdException(ErrorCode.UPSTREAM_UNAVAILABLE, "WeChat is busy (errcode -1)", cause);
            case 40013, 40125, 41002, 41004, 40164 -> new PayerIdException(ErrorCode.CHANNEL_NOT_CONFIGURED,
                    "WeChat rejected the official account credentials (errcode " + errcode + ")", cause);
            default -> new PayerIdException(ErrorCode.UPSTREAM_ERROR, "WeChat errcode " + errcode, cause);
        };
    }
}
