package io.payerid.channels.wechat;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;

/**
 * A WeChat API answered with a non-zero errcode. Carries that errcode next to the gateway code, so an
 * endpoint speaking WeChat's own dialect (a seed-compatible getpaidunionid) can echo it exactly; the
 * detail names it too ("WeChat errcode 89300: …").
 */
public class WechatApiException extends PayerIdException {

    private final int errcode;

    public WechatApiException(ErrorCode code, int errcode, String explanation, Throwable cause) {
        super(code, "WeChat errcode " + errcode + ": " + explanation, cause);
        this.errcode = errcode;
    }

    /** WeChat's errcode, e.g. -1, 40003, 89002, 89300. */
    public int errcode() {
        return errcode;
    }
}
