package io.payerid.console.login;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.ratelimit.InProcessRateLimiter;
import io.payerid.core.ratelimit.RateLimit;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle(new InProcessRateLimiter(1000),
            new RateLimit(3, Duration.ofMinutes(15)), new RateLimit(5, Duration.ofMinutes(15)));

    @Test
    void allowWhenOneAccountIsTriedTooOftenThenRefusedFromAnyAddress() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.allow("alice", "10.0.0." + i)).isTrue();
        }
        assertThat(throttle.allow("alice", "10.0.0.99")).isFalse();
        assertThat(throttle.allow("ALICE", "10.0.0.98")).as("usernames are counted case-insensitively").isFalse();
        assertThat(throttle.allow("bob", "10.0.0.97")).isTrue();
    }

    @Test
    void allowWhenOneAddressTriesManyAccountsThenRefused() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.allow("user" + i, "192.0.2.1")).isTrue();
        }
        assertThat(throttle.allow("user-next", "192.0.2.1")).isFalse();
        assertThat(throttle.allow("user-next", "192.0.2.2")).isTrue();
    }
}
