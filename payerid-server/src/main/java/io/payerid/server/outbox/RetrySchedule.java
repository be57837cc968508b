package io.payerid.server.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Delays between attempts: after the first failed attempt wait {@code delays[0]}, after the second
 * {@code delays[1]}, … ; when they run out the callback has failed for good.
 */
public record RetrySchedule(List<Duration> delays) {

    /** The schedule seed 004's vendor documents for its callbacks. */
    public static final List<Duration> SEED_004 = List.of(Duration.ofSeconds(15), Duration.ofSeconds(30),
            Duration.ofMinutes(3), Duration.ofMinutes(10), Duration.ofMinutes(20), Duration.ofMinutes(30),
            Duration.ofMinutes(60), Duration.ofHours(3), Duration.ofHours(6));

    public RetrySchedule {
        delays = List.copyOf(delays);
    }

    /** The wait before the next attempt, given how many attempts have been made; empty when none is left. */
    public Optional<Duration> delayAfter(int attemptsMade) {
        return attemptsMade >= 1 && attemptsMade <= delays.size() ? Optional.of(delays.get(attemptsMade - 1)) : Optional.empty();
    }
}
