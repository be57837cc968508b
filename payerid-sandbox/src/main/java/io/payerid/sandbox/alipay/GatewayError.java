package io.payerid.sandbox.alipay;

/**
 * An {@code error_response}: Alipay's gateway code and msg (fixed per code) plus the sub_code clients
 * branch on and a Chinese sub_msg for people.
 */
record GatewayError(String code, String msg, String subCode, String subMsg) {

    /** 20001: the user's auth_token (or the merchant's app_auth_token) is not good for this call. */
    static GatewayError tokenRejected(String subCode, String subMsg) {
        return new GatewayError("20001", "Insufficient Token Permissions", subCode, subMsg);
    }

    /** 20000: the gateway is busy or failed inside; clients retry later. */
    static GatewayError unavailable() {
        return new GatewayError("20000", "Service Currently Unavailable", "isp.unknow-error", "系统繁忙");
    }

    /** 40001: a required parameter is absent; sub_code {@code isv.missing-<name>}. */
    static GatewayError missing(String subCode, String subMsg) {
        return new GatewayError("40001", "Missing Required Arguments", subCode, subMsg);
    }

    /** 40002: a parameter is present but wrong (signature, app_id, auth_code…). */
    static GatewayError invalid(String subCode, String subMsg) {
        return new GatewayError("40002", "Invalid Arguments", subCode, subMsg);
    }

    /** 40006: the app (or the user's grant) lacks the permission the method needs. */
    static GatewayError insufficientPermissions(String subCode, String subMsg) {
        return new GatewayError("40006", "Insufficient Permissions", subCode, subMsg);
    }

    static GatewayError codeInvalid() {
        return invalid("isv.code-invalid", "授权码code无效");
    }
}
