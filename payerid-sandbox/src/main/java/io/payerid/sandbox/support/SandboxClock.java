package io.payerid.sandbox.support;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Where every simulator's time comes from: the application context's {@link Clock} bean when there is
 * exactly one (tests supply a movable one), else the system UTC clock. The sandbox never adds a Clock
 * bean of its own, so it cannot change which clock the rest of the application gets.
 */
public final class SandboxClock {

    private SandboxClock() {
    }

    public static Clock of(ObjectProvider<Clock> clocks) {
        return clocks.getIfUnique(Clock::systemUTC);
    }
}
