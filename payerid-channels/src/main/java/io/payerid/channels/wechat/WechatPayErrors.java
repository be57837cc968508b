package io.payerid.channels.wechat;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;

/**
 * Maps WeChat Pay v2 failures onto gateway codes. A business failure (result_code FAIL) is judged by
 * its err_code; a communication failure (return_code FAIL) has only a return_msg, so that text is what
 * there is to go on. Transport and signature failures are mapped where they happen
 * ({@link WechatPayV2Client}).
 */
final class WechatPayErrors {

    private WechatPayErrors() {
    }

    static PayerIdException businessFailure(String errCode) {
        return switch (errCode) {
            case "AUTHCODEEXPIRE" -> new PayerIdException(ErrorCode.PAYMENT_CODE_EXPIRED,
                    "the payment code expired; the payer must refresh it (err_code AUTHCODEEXPIRE)");
            case "AUTH_CODE_ERROR", "AUTH_CODE_INVALID" -> new PayerIdException(ErrorCode.PAYMENT_CODE_INVALID,
                    "WeChat Pay rejected the payment code (err_code " + errCode + ")");
            case "SYSTEMERROR" -> new PayerIdException(ErrorCode.UPSTREAM_UNAVAILABLE,
                    "WeChat Pay is busy (err_code SYSTEMERROR)");
            default -> new PayerIdException(ErrorCode.UPSTREAM_ERROR, "WeChat Pay err_code " + printable(errCode));
        };
    }

    /** 签名错误 and the 不匹配 family (appid/mch_id/sub_mch_id/sub_appid pairs) are the configuration's fault. */
    static PayerIdException communicationFailure(String returnMsg) {
        String msg = returnMsg == null ? "" : printable(returnMsg);
        if (msg.contains("签名") || msg.contains("不匹配")) {
            return new PayerIdException(ErrorCode.CHANNEL_NOT_CONFIGURED,
                    "WeChat Pay refused the merchant configuration: " + msg);
        }
        if (msg.contains("繁忙") || msg.contains("SYSTEMERROR")) {
            // "系统繁忙,请稍后再试": nothing wrong with the request, a retry later may succeed.
            return new PayerIdException(ErrorCode.UPSTREAM_UNAVAILABLE, "WeChat Pay is busy: " + msg);
        }
        return new PayerIdException(ErrorCode.UPSTREAM_ERROR, "WeChat Pay return_code FAIL: " + msg);
    }

    /** Upstream text goes into our error detail: bounded, without control characters. */
    private static String printable(String text) {
        String flat = text.replaceAll("\\p{Cntrl}", " ");
        return flat.length() > 128 ? flat.substring(0, 128) + "…" : flat;
    }
}
