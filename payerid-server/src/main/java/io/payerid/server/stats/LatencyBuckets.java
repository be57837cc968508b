package io.payerid.server.stats;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Fixed upper bounds (milliseconds) of the upstream latency histogram. Fixed so every node counts into the
 * same buckets and the cluster's p50/p99 is a sum of rows, not an average of percentiles (which is wrong).
 */
public final class LatencyBuckets {

    /** The last bucket holds everything slower than the one before it. */
    public static final int OVERFLOW = Integer.MAX_VALUE;

    static final int[] UPPER_BOUNDS_MS = {5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 30_000, OVERFLOW};

    private LatencyBuckets() {
    }

    /** The upper bound of the bucket {@code nanos} falls into. */
    static int bucketOf(long nanos) {
        long millis = TimeUnit.NANOSECONDS.toMillis(nanos);
        for (int bound : UPPER_BOUNDS_MS) {
            if (millis <= bound) {
                return bound;
            }
        }
        return OVERFLOW;
    }

    /**
     * The upper bound of the bucket holding the {@code quantile} (0-1) call, from counts per upper bound; null
     * without calls. An upper bound, so a reported p99 of 250 ms means "99% took at most 250 ms".
     */
    public static Integer percentile(Map<Integer, Long> countsByBound, double quantile) {
        long total = countsByBound.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        long rank = (long) Math.ceil(quantile * total);
        long seen = 0;
        for (int bound : UPPER_BOUNDS_MS) {
            seen += countsByBound.getOrDefault(bound, 0L);
            if (seen >= Math.max(1, rank)) {
                return bound;
            }
        }
        return OVERFLOW;
    }
}
