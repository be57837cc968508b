package io.payerid.sandbox.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A UTC clock that tests move forward, to see codes and tokens expire without waiting. A test application
 * declares one as its only Clock bean; the sandbox then takes its time from it.
 */
public final class MovableClock extends Clock {

    private static final Instant STANDING_STILL_AT = Instant.parse("2025-01-01T00:00:00Z");

    private final Clock base;
    private final AtomicReference<Duration> skipped = new AtomicReference<>(Duration.ZERO);

    private MovableClock(Clock base) {
        this.base = base;
    }

    /** Stands still at 2025-01-01T00:00:00Z until a test moves it: every deadline is exact. */
    public static MovableClock standingStill() {
        return new MovableClock(Clock.fixed(STANDING_STILL_AT, ZoneOffset.UTC));
    }

    /** Follows real time plus whatever the tests have skipped ahead, for clients that check timestamps. */
    public static MovableClock followingRealTime() {
        return new MovableClock(Clock.systemUTC());
    }

    public void advance(Duration duration) {
        skipped.updateAndGet(total -> total.plus(duration));
    }

    @Override
    public Instant instant() {
        return base.instant().plus(skipped.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the sandbox only needs UTC");
    }
}
