package io.payerid.server.dialect.wxcompat;

/**
 * A refusal in WeChat's own terms: the errcode a WeChat client branches on and the errmsg (without the
 * {@code , rid:} suffix, added when the answer is written). Carries no stack trace: it is an answer,
 * not a fault.
 */
final class WxErrcodeException extends RuntimeException {

    private final int errcode;
    private final String errmsg;

    WxErrcodeException(int errcode, String errmsg) {
        super("errcode " + errcode + ": " + errmsg, null, false, false);
        this.errcode = errcode;
        this.errmsg = errmsg;
    }

    int errcode() {
        return errcode;
    }

    String errmsg() {
        return errmsg;
    }
}
