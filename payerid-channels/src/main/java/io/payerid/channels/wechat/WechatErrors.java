package io.payerid.channels.wechat;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import java.io.IOException;
import me.chanjar.weixin.common.error.WxErrorException;

/**
 * Maps WeChat failures onto gateway codes. Branches on the errcode number only: WeChat's errmsg carries
 * request ids and changes wording, so it is never compared. WxJava reports a failure to reach WeChat
 * (refused, reset, timed out, an HTTP error status from a proxy) as a WxErrorException of its own whose
 * cause is the IOException; those are {@code UPSTREAM_UNAVAILABLE}, whatever errcode WxJava invented.
 */
final class WechatErrors {

    private WechatErrors() {
    }

    static PayerIdException translate(WxErrorException e) {
        if (transportFailure(e)) {
            return unreachable(e);
        }
        return translate(e.getError().getErrorCode(), e);
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

    /**
     * Anything else WxJava throws: a transport failure it wrapped in a runtime exception, or an answer it
     * could not parse (WeChat, or something pretending to be it, answered 200 with a body that is not its JSON).
     */
    static PayerIdException unexpected(RuntimeException e) {
        if (e instanceof PayerIdException known) {
            return known;
        }
        if (transportFailure(e)) {
            return unreachable(e);
        }
        return new PayerIdException(ErrorCode.UPSTREAM_ERROR, "WeChat's answer could not be read", e);
    }

    static boolean transportFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static PayerIdException unreachable(Throwable cause) {
        return new PayerIdException(ErrorCode.UPSTREAM_UNAVAILABLE, "WeChat could not be reached", cause);
    }
}
