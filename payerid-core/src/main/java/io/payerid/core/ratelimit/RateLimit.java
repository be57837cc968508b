package io.payerid.core.ratelimit;

import java.time.Duration;

/**
 * A token bucket: at most {@code capacity} requests at once, refilled evenly so that {@code capacity}
 * requests per {@code period} is the sustained rate (a burst of {@code capacity}, then one request every
 * {@code period / capacity}).
 */
public record RateLimit(long capacity, Duration period) {

    public RateLimit {
        if (capacity < 1) {
            throw new IllegalArgumentException("a rate limit's capacity must be at least 1");
        }
        if (period == null || period.toMillis() < 1) {
            throw new IllegalArgumentException("a rate limit's period must be at least 1 ms");
        }
    }

    /**
     * Identifies this limit inside a bucket key: a bucket is created with its limit and keeps it, so a
     * changed limit must name another bucket (which starts full) rather than find the old one.
     */
    public String spec() {
        return capacity + "/" + period.toMillis() + "ms";
    }
}
