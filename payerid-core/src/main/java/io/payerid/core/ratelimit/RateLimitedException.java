package io.payerid.core.ratelimit;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import java.time.Duration;
import java.util.OptionalLong;

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

    @Override
    public OptionalLong retryAfterSeconds() {
        return OptionalLong.of(seconds(retryAfter));
    }
}
