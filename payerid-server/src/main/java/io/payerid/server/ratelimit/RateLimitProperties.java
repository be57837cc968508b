package io.payerid.server.ratelimit;

import io.payerid.core.ratelimit.RateLimit;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rate limits ({@code payerid.rate-limit.*}). The defaults are far above what one merchant or one client
 * address sends in normal use (the node itself tops out at a few tens of thousands of requests a second):
 * they stop floods, not traffic.
 *
 * @param enabled      false turns both checks off
 * @param perClientIp  every request to a gateway endpoint from one client address, checked before anything else
 * @param perApp       an app's (or, for dialects without apps, a merchant's) authenticated requests; an app's own
 *                     limit set through the admin API replaces it
 * @param maxBuckets   in-process only: how many buckets one node keeps at most (least likely used evicted first)
 */
@ConfigurationProperties("payerid.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue Limit perClientIp,
        @DefaultValue Limit perApp,
        @DefaultValue("100000") long maxBuckets) {

    /** {@code capacity} requests per {@code period}, as a token bucket refilled evenly. */
    public record Limit(@DefaultValue("10000") long capacity, @DefaultValue("1s") Duration period) {

        public RateLimit toRateLimit() {
            return new RateLimit(capacity, period);
        }
    }
}
