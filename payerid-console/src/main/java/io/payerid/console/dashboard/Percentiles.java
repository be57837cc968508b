package io.payerid.console.dashboard;

import java.util.Map;
import java.util.SortedMap;

/** Percentiles of a histogram of counts per bucket upper bound (the stats' fixed latency buckets). */
final class Percentiles {

    private Percentiles() {
    }

    /**
     * The upper bound of the bucket holding the {@code quantile} (0-1) call, or null without calls. An upper
     * bound: a p99 of 250 means "99% of calls took at most 250 ms".
     */
    static Integer of(SortedMap<Integer, Long> countsByBound, double quantile) {
        long total = countsByBound.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return null;
        }
        long rank = Math.max(1, (long) Math.ceil(quantile * total));
        long seen = 0;
        for (Map.Entry<Integer, Long> bucket : countsByBound.entrySet()) {
            seen += bucket.getValue();
            if (seen >= rank) {
                return bucket.getKey();
            }
        }
        return countsByBound.lastKey();
    }
}
