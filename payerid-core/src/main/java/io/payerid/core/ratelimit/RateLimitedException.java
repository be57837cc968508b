package io.payerid.core.ratelimit;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import java.time.Duration;

/** {@code RATE_LIMITED}, with how long the caller should wait (the {@code Retry-After} header). */
public class RateLimitedException extends PayerIdException {

    private final Duration retryAfter;

    public RateLimitedException(String detail, Duration retryAfter) {
        super(ErrorCode.RATE_LIMITED, detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up and at least 1: {@code Retry-After} has no fractions, and 0 invites a spin. */
    public long retryAfterSeconds() {
        long millis = retryAfter.toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
