package io.payerid.sandbox.faults;

import java.time.Duration;

/**
 * What the sandbox does to every server-side call (token exchanges, userinfo, gateways, authcodetoopenid;
 * never the browser-facing pages): wait {@code latency}, then fail a share {@code errorShare} (0..1) of
 * the calls as {@code errorKind}.
 *
 * @param hang how long a {@link FaultKind#HANG} call stays silent
 */
public record FaultPlan(Duration latency, double errorShare, FaultKind errorKind, Duration hang) {

    // Before NONE: the constructor checks against it.
    static final Duration MAX_DELAY = Duration.ofMinutes(5);
    public static final FaultPlan NONE = new FaultPlan(Duration.ZERO, 0, FaultKind.BUSY, Duration.ofSeconds(30));

    public FaultPlan {
        if (latency == null || latency.isNegative() || latency.compareTo(MAX_DELAY) > 0) {
            throw new IllegalArgumentException("latency must be between 0 and 5 minutes");
        }
        if (!(errorShare >= 0 && errorShare <= 1)) {
            throw new IllegalArgumentException("errorShare must be between 0 and 1");
        }
        if (errorKind == null) {
            throw new IllegalArgumentException("errorKind must be one of BUSY, HTTP_500, GARBAGE, HANG");
        }
        if (hang == null || hang.isNegative() || hang.compareTo(MAX_DELAY) > 0) {
            throw new IllegalArgumentException("hang must be between 0 and 5 minutes");
        }
    }
}
