package io.payerid.sandbox.wechatpay;

/** The err_codes of {@code /tools/authcodetoopenid}, with WeChat Pay's descriptions (err_code_des). */
enum AuthCodeError {
    /** WeChat Pay is busy; the sandbox answers it for codes issued with {@code "simulate":"SYSTEMERROR"}. */
    SYSTEMERROR("系统超时"),
    AUTHCODEEXPIRE("二维码已过期，请用户在微信上刷新后再试"),
    /** The auth_code parameter is malformed: not 18 digits. */
    AUTH_CODE_ERROR("授权码参数错误"),
    /** Well-formed but not a live WeChat code: never issued, long gone, or bound to another mch_id. */
    AUTH_CODE_INVALID("授权码检验错误");

    private final String description;

    AuthCodeError(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }
}
