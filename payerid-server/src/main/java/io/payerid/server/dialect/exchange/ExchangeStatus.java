package io.payerid.server.dialect.exchange;

import io.payerid.core.error.ErrorCode;

/**
 * The vendor's status table (兑换系统 状态码), as far as an authorization-link API can meet it. Codes 9
 * (insufficient balance), 11 (out of stock) and 98 (order error) belong to its order APIs; 10 (IP check)
 * is not used because the gateway has no per-business IP allow-list.
 */
public enum ExchangeStatus {
    FAIL(1),
    SIGN_FAILED(2),
    MISSING_PARAMS(3),
    NO_SUCH_METHOD(4),
    TIMESTAMP_OUT_OF_WINDOW(5),
    NONCE_REPEATED(6),
    NOT_FOUND(7),
    DUPLICATE_SERIAL_NO(8),
    DATA_ERROR(99);

    private final int code;

    ExchangeStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** A core failure met while serving this dialect, in the vendor's terms. */
    public static ExchangeStatus of(ErrorCode error) {
        return switch (error) {
            case INVALID_REQUEST -> DATA_ERROR;
            case INVALID_SIGNATURE, UNSUPPORTED_SIGN_TYPE -> SIGN_FAILED;
            case STALE_TIMESTAMP -> TIMESTAMP_OUT_OF_WINDOW;
            case NONCE_REUSED -> NONCE_REPEATED;
            case APP_NOT_FOUND, MERCHANT_NOT_FOUND, MERCHANT_MISMATCH, NOT_FOUND -> NOT_FOUND;
            case REDIRECT_NOT_ALLOWED -> DATA_ERROR;
            case CONFLICT -> DUPLICATE_SERIAL_NO;
            case METHOD_NOT_ALLOWED -> NO_SUCH_METHOD;
            default -> FAIL;
        };
    }
}
