package io.payerid.server.stats;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;

/**
 * Counters a request thread increments (a map lookup and a {@link LongAdder} add: no lock, no SQL) and one
 * flusher drains as deltas. The adders are never reset, because {@code sumThenReset} loses increments racing
 * with it; the flusher remembers what it has taken instead, so every increment is flushed exactly once.
 */
final class DeltaCounters<K> {

    private static final class Counter {
        final LongAdder adder = new LongAdder();
        /** Only the flusher reads and writes this. */
        long flushed;
    }

    private final Map<K, Counter> counters = new ConcurrentHashMap<>();

    void add(K key, long amount) {
        counters.computeIfAbsent(key, k -> new Counter()).adder.add(amount);
    }

    /**
     * What was added since the last drain, per key with a non-zero delta. Keys {@code finished} says no thread
     * adds to any more (minutes long past) are dropped after their last delta is taken.
     */
    synchronized Map<K, Long> drain(Predicate<K> finished) {
        Map<K, Long> deltas = new HashMap<>();
        counters.forEach((key, counter) -> {
            long total = counter.adder.sum();
            long delta = total - counter.flushed;
            counter.flushed = total;
            if (delta != 0) {
                deltas.put(key, delta);
            }
            if (finished.test(key)) {
                counters.remove(key, counter);
            }
        });
        return deltas;
    }

    /** Puts deltas that could not be stored back, so the next drain returns them again. */
    void giveBack(Map<K, Long> deltas) {
        deltas.forEach(this::add);
    }
}
