package io.payerid.core.error;

/**
 * A failure with a code from {@link ErrorCode}. The detail is safe to show to the merchant:
 * never put secrets or stack traces in it. A cause is kept only as its {@link RedactedFailure} copy, so
 * no upstream SDK's exception text (which may hold a request URL with a secret) rides along to a log.
 */
public class PayerIdException extends RuntimeException {

    private final ErrorCode code;
    private final String detail;

    public PayerIdException(ErrorCode code, String detail) {
        super(code + (detail == null ? "" : ": " + detail), null, false, false);
        this.code = code;
        this.detail = detail;
    }

    public PayerIdException(ErrorCode code, String detail, Throwable cause) {
        super(code + (detail == null ? "" : ": " + detail), cause == null ? null : RedactedFailure.of(cause),
                false, false);
        this.code = code;
        this.detail = detail;
    }

    public ErrorCode code() {
        return code;
    }

    /** Detail for the merchant, or the code's generic message. */
    public String detail() {
        return detail == null ? code.message() : detail;
    }

    public static PayerIdException invalid(String detail) {
        return new PayerIdException(ErrorCode.INVALID_REQUEST, detail);
    }
}
