package io.payerid.server.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.ratelimit.InProcessRateLimiter;
import io.payerid.core.ratelimit.RateDecision;
import io.payerid.core.ratelimit.RateLimit;
import io.payerid.server.store.RedisAvailable;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bucket4j's Lettuce buckets on the real Redis, seen from two limiters as two nodes would. */
class RedisRateLimiterTest {

    private static final RateLimit THREE_PER_HOUR = new RateLimit(3, Duration.ofHours(1));

    private final String prefix = "payerid-test:" + UUID.randomUUID() + ":rate:";
    private RedisRateLimiter nodeA;
    private RedisRateLimiter nodeB;

    @BeforeEach
    void connect() {
        RedisAvailable.require();
        nodeA = new RedisRateLimiter(RedisAvailable.URL, prefix, new InProcessRateLimiter(1000));
        nodeB = new RedisRateLimiter(RedisAvailable.URL, prefix, new InProcessRateLimiter(1000));
    }

    @AfterEach
    void close() {
        if (nodeA != null) {
            nodeA.close();
            nodeB.close();
        }
    }

    @Test
    void tryConsumeWhenTwoNodesShareABucketThenTheLimitHoldsAcrossThem() {
        assertThat(nodeA.tryConsume("app:x", THREE_PER_HOUR).allowed()).isTrue();
        assertThat(nodeB.tryConsume("app:x", THREE_PER_HOUR).allowed()).isTrue();
        assertThat(nodeA.tryConsume("app:x", THREE_PER_HOUR).allowed()).isTrue();

        RateDecision refused = nodeB.tryConsume("app:x", THREE_PER_HOUR);

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isBetween(Duration.ofMinutes(19), Duration.ofMinutes(20));
        assertThat(nodeA.tryConsume("app:x", THREE_PER_HOUR).allowed()).isFalse();
        assertThat(nodeA.tryConsume("app:y", THREE_PER_HOUR).allowed()).as("another key, another bucket").isTrue();
    }

    @Test
    void tryConsumeWhenOtherPrefixThenOtherDeploymentsBuckets() {
        RedisRateLimiter otherDeployment = new RedisRateLimiter(RedisAvailable.URL, prefix + "other:", new InProcessRateLimiter(1000));
        try {
            RateLimit one = new RateLimit(1, Duration.ofHours(1));
            assertThat(nodeA.tryConsume("ip:1", one).allowed()).isTrue();
            assertThat(otherDeployment.tryConsume("ip:1", one).allowed()).isTrue();
        } finally {
            otherDeployment.close();
        }
    }

    @Test
    void tryConsumeWhenRedisUnreachableThenLimitsHoldPerNodeInsteadOfRefusingEveryone() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        RedisRateLimiter cutOff = new RedisRateLimiter("redis://127.0.0.1:" + closedPort, prefix, new InProcessRateLimiter(1000));
        try {
            assertThat(cutOff.tryConsume("ip:9", THREE_PER_HOUR).allowed()).isTrue();
            assertThat(cutOff.tryConsume("ip:9", THREE_PER_HOUR).allowed()).isTrue();
            assertThat(cutOff.tryConsume("ip:9", THREE_PER_HOUR).allowed()).isTrue();
            assertThat(cutOff.tryConsume("ip:9", THREE_PER_HOUR).allowed()).as("the per-node bucket still refuses").isFalse();
        } finally {
            cutOff.close();
        }
    }
}
