package io.payerid.sandbox.alipay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A UTC clock that follows real time plus whatever the tests have skipped ahead. */
final class MovableClock extends Clock {

    private final AtomicReference<Duration> skipped = new AtomicReference<>(Duration.ZERO);

    void advance(Duration duration) {
        skipped.updateAndGet(total -> total.plus(duration));
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(skipped.get());
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
