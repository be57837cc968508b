package io.payerid.core.store;

import java.time.Duration;
import java.util.Map;

/**
 * Bounds of the in-process store. A bound reached refuses new entries ({@code STORE_FULL}); nothing live
 * is ever evicted.
 *
 * @param usedKeys        live keys of {@link SharedStateStore#firstUse} (nonces), kept as fingerprints.
 *                        The default, 24 million, holds 35,000 signed requests/s for the default nonce
 *                        memory (2 x 5 min) plus one slice: 22 million keys, measured at 10.6 bytes a key
 *                        (242 MB of heap, bench/jmh/run-footprint.sh)
 * @param usedKeySlice    time slice of the used-key buckets: a key is remembered up to one slice past its TTL
 * @param entriesPerSpace live entries of each {@link KeySpace} of the other operations (about 200 bytes each)
 * @param entriesBySpace  overrides of {@code entriesPerSpace} by space name
 */
public record StoreCapacity(long usedKeys, Duration usedKeySlice, long entriesPerSpace, Map<String, Long> entriesBySpace) {

    public static final long DEFAULT_USED_KEYS = 24_000_000;
    public static final Duration DEFAULT_USED_KEY_SLICE = Duration.ofSeconds(30);
    public static final long DEFAULT_ENTRIES_PER_SPACE = 1_000_000;

    public StoreCapacity {
        entriesBySpace = Map.copyOf(entriesBySpace);
    }

    /** Measured bytes of heap per live used key (bench/jmh/run-footprint.sh), rounded up. */
    static final double BYTES_PER_USED_KEY = 11;
    /** The share of the heap the nonces may take by default; the rest is the gateway's working memory. */
    static final double USED_KEYS_HEAP_SHARE = 0.4;

    /**
     * The default used-key bound for a heap of {@code maxHeapBytes}: what 40% of it holds, at most
     * {@link #DEFAULT_USED_KEYS}. A bound the heap cannot hold would turn a sustained flood into an
     * OutOfMemoryError instead of {@code STORE_FULL}; 24 million keys need about 660 MB of heap.
     */
    public static long usedKeysForHeap(long maxHeapBytes) {
        return Math.min(DEFAULT_USED_KEYS, Math.max(100_000, (long) (maxHeapBytes * USED_KEYS_HEAP_SHARE / BYTES_PER_USED_KEY)));
    }

    public static StoreCapacity defaults() {
        return new StoreCapacity(DEFAULT_USED_KEYS, DEFAULT_USED_KEY_SLICE, DEFAULT_ENTRIES_PER_SPACE, Map.of());
    }

    /** Time slice of the recent-request set of the nonce retry grace: a retry is known up to a second past it. */
    public static final Duration RECENT_REQUEST_SLICE = Duration.ofSeconds(1);

    /**
     * Live entries of the recent-request set behind {@link SharedStateStore#firstUseOrRetry}: one in 32 of
     * {@code usedKeys}. A nonce lives 2 x the request window (10 min), a recent request the grace plus a
     * second, so at the rate {@code usedKeys} is sized for this holds any grace up to about 18 s (5 s: 210,000
     * entries, 2 MB at 35,000 requests/s), on top of the nonces' memory.
     */
    public long recentRequests() {
        return Math.max(1024, usedKeys / 32);
    }

    public long entriesOf(String space) {
        return entriesBySpace.getOrDefault(space, entriesPerSpace);
    }
}
