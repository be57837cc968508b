package io.payerid.core.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class InProcessRateLimiterTest {

    private static final RateLimit TWO_PER_HOUR = new RateLimit(2, Duration.ofHours(1));

    @Test
    void tryConsumeWhenBucketEmptyThenRefusedWithTimeUntilNextToken() {
        InProcessRateLimiter limiter = new InProcessRateLimiter(100);

        assertThat(limiter.tryConsume("app:a", TWO_PER_HOUR).allowed()).isTrue();
        assertThat(limiter.tryConsume("app:a", TWO_PER_HOUR).allowed()).isTrue();
        RateDecision third = limiter.tryConsume("app:a", TWO_PER_HOUR);

        assertThat(third.allowed()).isFalse();
        // greedy refill: one token every 30 minutes
        assertThat(third.retryAfter()).isBetween(Duration.ofMinutes(29), Duration.ofMinutes(30));
    }

    @Test
    void tryConsumeWhenOtherKeyThenOwnBucket() {
        InProcessRateLimiter limiter = new InProcessRateLimiter(100);
        limiter.tryConsume("ip:10.0.0.1", new RateLimit(1, Duration.ofHours(1)));

        assertThat(limiter.tryConsume("ip:10.0.0.2", new RateLimit(1, Duration.ofHours(1))).allowed()).isTrue();
        assertThat(limiter.tryConsume("ip:10.0.0.1", new RateLimit(1, Duration.ofHours(1))).allowed()).isFalse();
    }

    @Test
    void tryConsumeWhenLimitChangedThenFreshBucketUnderNewLimit() {
        InProcessRateLimiter limiter = new InProcessRateLimiter(100);
        limiter.tryConsume("app:a", new RateLimit(1, Duration.ofHours(1)));

        assertThat(limiter.tryConsume("app:a", new RateLimit(5, Duration.ofHours(1))).allowed()).isTrue();
    }

    @Test
    void tryConsumeWhenFloodOfDistinctKeysThenBucketsStayWithinBound() {
        InProcessRateLimiter limiter = new InProcessRateLimiter(1_000);

        for (int i = 0; i < 50_000; i++) {
            limiter.tryConsume("ip:" + i, TWO_PER_HOUR);
        }

        assertThat(limiter.size()).isLessThanOrEqualTo(1_000);
    }

    @Test
    void retryAfterSecondsWhenUnderOneSecondThenOne() {
        assertThat(new RateLimitedException("x", Duration.ofMillis(20)).retryAfterSeconds()).hasValue(1);
        assertThat(new RateLimitedException("x", Duration.ofMillis(1_001)).retryAfterSeconds()).hasValue(2);
    }
}
