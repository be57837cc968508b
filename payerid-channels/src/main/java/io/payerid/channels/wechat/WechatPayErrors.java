package io.payerid.channels.wechat;

import com.github.binarywang.wxpay.exception.WxPayException;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;

/**
 * Maps WeChat Pay v2 failures, as WxJava reports them, onto gateway codes. A business failure
 * (result_code FAIL) is judged by its err_code; a communication failure (return_code FAIL) has only
 * a return_msg, so that text is what there is to go on.
 */
final class WechatPayErrors {

    private WechatPayErrors() {
    }

    static PayerIdException translate(WxPayException e) {
        if (e.getErrCode() != null) {
            return businessFailure(e.getErrCode(), e);
        }
        if ("FAIL".equalsIgnoreCase(e.getReturnCode())) {
            return communicationFailure(e.getReturnMsg(), e);
        }
        if (e.getCause() != null) {
            // WxJava wraps I/O failures (refused, timed out, reset) with the cause attached.
            return new PayerIdException(ErrorCode.UPSTREAM_UNAVAILABLE, "WeChat Pay could not be reached", e);
        }
        // Thrown by WxJava itself with no upstream code: the answer's signature did not verify.
        return new PayerIdException(ErrorCode.UPSTREAM_ERROR, "WeChat Pay answer failed signature verification", e);
    }

    private static PayerIdException businessFailure(String errCode, WxPayException e) {
        return switch (errCode) {
            case "AUTHCODEEXPIRE" -> new PayerIdException(ErrorCode.PAYMENT_CODE_EXPIRED,
                    "the payment code expired; the payer must refresh it (err_code AUTHCODEEXPIRE)", e);
            case "AUTH_CODE_ERROR", "AUTH_CODE_INVALID" -> new PayerIdException(ErrorCode.PAYMENT_CODE_INVALID,
                    "WeChat Pay rejected the payment code (err_code " + errCode + ")", e);
            case "SYSTEMERROR" -> new PayerIdException(ErrorCode.UPSTREAM_UNAVAILABLE,
                    "WeChat Pay is busy (err_code SYSTEMERROR)", e);
            default -> new PayerIdException(ErrorCode.UPSTREAM_ERROR, "WeChat Pay err_code " + errCode, e);
        };
    }

    /** 签名错误 and the 不匹配 family (appid/mch_id/sub_mch_id/sub_appid pairs) are the configuration's fault. */
    private static PayerIdException communicationFailure(String returnMsg, WxPayException e) {
        String msg = returnMsg == null ? "" : returnMsg;
        if (msg.contains("签名") || msg.contains("不匹配")) {
            return new PayerIdException(ErrorCode.CHANNEL_NOT_CONFIGURED,
                    "WeChat Pay refused the merchant configuration: " + msg, e);
        }
        return new PayerIdException(ErrorCode.UPSTREAM_ERROR, "WeChat Pay return_code FAIL: " + msg, e);
    }
}
