package io.payerid.core.ratelimit;

import java.time.Duration;

/** The outcome of one bucket check: allowed, or refused until {@code retryAfter} has passed. */
public record RateDecision(boolean allowed, Duration retryAfter) {

    private static final RateDecision ALLOWED = new RateDecision(true, Duration.ZERO);

    public static RateDecision allow() {
        return ALLOWED;
    }

    public static RateDecision refuse(Duration retryAfter) {
        return new RateDecision(false, retryAfter);
    }
}
