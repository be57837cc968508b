package io.payerid.core.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/** How a {@link RateLimit} becomes a Bucket4j bucket, and a Bucket4j answer a {@link RateDecision}. */
public final class TokenBuckets {

    private TokenBuckets() {
    }

    /** Greedy refill: tokens come back one by one over the period rather than all at its end. */
    public static Bandwidth bandwidth(RateLimit limit) {
        return Bandwidth.builder().capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()).build();
    }

    /** The same bucket for a remote store. */
    public static BucketConfiguration configuration(RateLimit limit) {
        return BucketConfiguration.builder().addLimit(bandwidth(limit)).build();
    }

    /** The bucket's own key: the caller's key plus the limit, so a changed limit gets a fresh bucket. */
    public static String bucketKey(String key, RateLimit limit) {
        return key + "|" + limit.spec();
    }

    public static RateDecision decision(ConsumptionProbe probe) {
        if (probe.isConsumed()) {
            return RateDecision.allow();
        }
        return RateDecision.refuse(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
