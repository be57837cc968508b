package io.payerid.core.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.bucket4j.Bucket;
import java.time.Duration;

/**
 * Token buckets in this node's memory (one node, {@code payerid.store.type=in-process}). At most
 * {@code maxBuckets} buckets are kept: under a flood of distinct keys (an IP flood) Caffeine evicts the
 * buckets it judges least likely to be used again, so memory stays bounded and an evicted key simply
 * starts again with a full bucket. A bucket untouched for its limit's period is full again anyway and is
 * dropped then.
 */
public final class InProcessRateLimiter implements RateLimiter {

    private record Held(Bucket bucket, Duration period) {
    }

    private final Cache<String, Held> buckets;

    public InProcessRateLimiter(long maxBuckets) {
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxBuckets)
                .expireAfter(Expiry.accessing((String key, Held held) -> held.period()))
                .build();
    }

    @Override
    public RateDecision tryConsume(String key, RateLimit limit) {
        Held held = buckets.get(TokenBuckets.bucketKey(key, limit),
                k -> new Held(Bucket.builder().addLimit(TokenBuckets.bandwidth(limit)).build(),
                        limit.period()));
        return TokenBuckets.decision(held.bucket().tryConsumeAndReturnRemaining(1));
    }

    /** How many buckets are held now (after pending evictions): for tests and metrics. */
    public long size() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }
}
