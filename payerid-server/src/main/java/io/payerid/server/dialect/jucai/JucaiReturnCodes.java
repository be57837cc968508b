package io.payerid.server.dialect.jucai;

import io.payerid.core.error.ErrorCode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Our 应答码表 for seed 000 (the vendor's table is not public): each {@link ErrorCode} this endpoint can
 * report, mapped to a stable six-digit returnCode. docs/compat/000-jucai.md publishes the same table; a
 * test keeps the two in step. The top-level {@code code} is the error's HTTP status, so merchants that only
 * look at {@code code} still see a class of failure; the HTTP status itself is always 200, as the seed's.
 */
public final class JucaiReturnCodes {

    public static final JucaiReturnCode SUCCESS = new JucaiReturnCode(200, "000000", "成功");
    public static final String SUCCESS_MSG = "SUCCESS";

    /** Any code not in the table: reported rather than hidden, under a returnCode of its own. */
    static final String OTHER_RETURN_CODE = "999998";

    private static final Map<ErrorCode, JucaiReturnCode> TABLE = build();

    private JucaiReturnCodes() {
    }

    public static JucaiReturnCode of(ErrorCode error) {
        JucaiReturnCode row = TABLE.get(error);
        return row != null ? row : new JucaiReturnCode(error.httpStatus(), OTHER_RETURN_CODE, "处理失败");
    }

    /** Every mapped code, in table order. */
    public static Map<ErrorCode, JucaiReturnCode> table() {
        return TABLE;
    }

    private static Map<ErrorCode, JucaiReturnCode> build() {
        Map<ErrorCode, JucaiReturnCode> rows = new EnumMap<>(ErrorCode.class);
        row(rows, ErrorCode.INVALID_REQUEST, "100001", "参数错误");
        row(rows, ErrorCode.METHOD_NOT_ALLOWED, "100002", "请求方式错误");
        row(rows, ErrorCode.INVALID_SIGNATURE, "100003", "签名错误");
        row(rows, ErrorCode.UNSUPPORTED_SIGN_TYPE, "100004", "应用未开通MD5签名");
        row(rows, ErrorCode.APP_NOT_FOUND, "100005", "应用不存在");
        row(rows, ErrorCode.MERCHANT_NOT_FOUND, "100006", "商户不存在");
        row(rows, ErrorCode.MERCHANT_MISMATCH, "100007", "应用与商户不匹配");
        row(rows, ErrorCode.MERCHANT_DISABLED, "100008", "商户已停用");
        row(rows, ErrorCode.APP_DISABLED, "100010", "应用已停用");
        row(rows, ErrorCode.RATE_LIMITED, "100009", "请求过于频繁,请稍后重试");
        row(rows, ErrorCode.UNSUPPORTED_CHANNEL, "200001", "不支持的支付方式");
        row(rows, ErrorCode.CHANNEL_NOT_CONFIGURED, "200002", "商户未开通该支付方式");
        row(rows, ErrorCode.PAYMENT_CODE_INVALID, "300001", "付款码无效");
        row(rows, ErrorCode.PAYMENT_CODE_EXPIRED, "300002", "付款码已过期");
        row(rows, ErrorCode.UNSUPPORTED_WALLET, "300003", "付款码与支付方式不符");
        row(rows, ErrorCode.AUTH_CODE_INVALID, "300004", "用户授权码无效或已过期");
        row(rows, ErrorCode.UPSTREAM_ERROR, "900001", "渠道返回错误");
        row(rows, ErrorCode.UPSTREAM_UNAVAILABLE, "900002", "渠道暂不可用,请稍后重试");
        row(rows, ErrorCode.INTERNAL_ERROR, "999999", "系统繁忙,请稍后重试");
        return Collections.unmodifiableMap(rows);
    }

    private static void row(Map<ErrorCode, JucaiReturnCode> rows, ErrorCode error, String returnCode, String msg) {
        rows.put(error, new JucaiReturnCode(error.httpStatus(), returnCode, msg));
    }
}
