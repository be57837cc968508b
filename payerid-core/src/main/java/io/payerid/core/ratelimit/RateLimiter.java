package io.payerid.core.ratelimit;

/**
 * Token buckets shared by every node that uses the same implementation: in-process for one node, the
 * shared store (Redis) for several. One call takes one token from the bucket {@code key} under {@code limit}.
 *
 * <p>Failures of a remote store are {@link io.payerid.core.error.PayerIdException}s with
 * {@code STORE_UNAVAILABLE}, like the shared-state store's.
 */
public interface RateLimiter {

    RateDecision tryConsume(String key, RateLimit limit);
}
