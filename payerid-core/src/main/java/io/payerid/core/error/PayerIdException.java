package io.payerid.core.error;

import java.time.Duration;
import java.util.OptionalLong;

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

    /**
     * Whole seconds the caller should wait ({@code Retry-After}), rounded up and at least 1 ({@code Retry-After}
     * has no fractions, and 0 invites a spin); empty when this failure says nothing about waiting.
     */
    public OptionalLong retryAfterSeconds() {
        return code.retryAfter().map(PayerIdException::seconds).map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    protected static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    public static PayerIdException invalid(String detail) {
        return new PayerIdException(ErrorCode.INVALID_REQUEST, detail);
    }
}
