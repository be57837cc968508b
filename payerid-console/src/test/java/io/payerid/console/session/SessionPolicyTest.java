package io.payerid.console.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionPolicyTest {

    private final SessionPolicy policy = new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(12), false);

    @Test
    void aliveWhenUsedWithinTheIdleTimeoutThenTrue() {
        long login = 1_000_000_000L;
        assertThat(policy.alive(new ConsoleSession("a", "c", login, login), login + Duration.ofMinutes(30).toMillis())).isTrue();
    }

    @Test
    void aliveWhenIdleTooLongThenFalse() {
        long login = 1_000_000_000L;
        assertThat(policy.alive(new ConsoleSession("a", "c", login, login), login + Duration.ofMinutes(31).toMillis())).isFalse();
    }

    @Test
    void aliveWhenOlderThanTheMaximumAgeThenFalseThoughRecentlyUsed() {
        long login = 1_000_000_000L;
        long now = login + Duration.ofHours(13).toMillis();
        assertThat(policy.alive(new ConsoleSession("a", "c", login, now - 1000), now)).isFalse();
    }

    @Test
    void aliveWhenLastUseLiesInTheFutureThenFalse() {
        long now = 1_000_000_000L;
        assertThat(policy.alive(new ConsoleSession("a", "c", now, now + Duration.ofHours(1).toMillis()), now)).isFalse();
    }
}
