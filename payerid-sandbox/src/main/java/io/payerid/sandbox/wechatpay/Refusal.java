package io.payerid.sandbox.wechatpay;

/**
 * A request WeChat Pay refuses before looking at the code: {@code return_code=FAIL} with this
 * {@code return_msg}, unsigned, and nothing else.
 */
final class Refusal extends Exception {

    static final String MALFORMED_XML = "XML格式错误";
    static final String INVALID_PARAMETERS = "参数格式校验错误";
    static final String BAD_SIGNATURE = "签名错误";
    static final String SYSTEM_BUSY = "系统繁忙,请稍后再试";

    Refusal(String returnMsg) {
        super(returnMsg, null, false, false);
    }

    String returnMsg() {
        return getMessage();
    }
}
