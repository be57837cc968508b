package io.payerid.bench;

import io.payerid.core.store.StoreCapacity;
import io.payerid.core.store.TimeBucketedFingerprintSet;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Memory and speed of the in-process nonce store at the rate it is sized for: 35,000 signed requests/s
 * with fresh nonces, sustained (on a simulated clock) for the whole nonce memory, 2 x the 5 min request
 * window, plus two slices. Prints live nonces, bytes per nonce (the tables' own size and the heap's
 * growth), ns per first use in the steady state, and whether a nonce used 9 minutes earlier is still
 * refused. Beside it, the recent-request set of the nonce retry grace (5 s, one-second slices), fed the same
 * requests, as {@code InProcessSharedStateStore.firstUseOrRetry} does. Run: bench/jmh/run-footprint.sh [rate] [window-minutes]
 */
public final class NonceStoreFootprint {

    public static void main(String[] args) {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 35_000;
        Duration ttl = Duration.ofMinutes(args.length > 1 ? Long.parseLong(args[1]) : 5).multipliedBy(2);
        Duration slice = StoreCapacity.DEFAULT_USED_KEY_SLICE;
        long step = 1_000_000_000L / rate;
        AtomicLong nanos = new AtomicLong();
        long heapBefore = usedHeap();
        TimeBucketedFingerprintSet nonces = new TimeBucketedFingerprintSet(StoreCapacity.DEFAULT_USED_KEYS, slice, nanos::get);
        Duration grace = Duration.ofSeconds(5);
        TimeBucketedFingerprintSet recent = new TimeBucketedFingerprintSet(StoreCapacity.defaults().recentRequests(),
                StoreCapacity.RECENT_REQUEST_SLICE, nanos::get);

        long total = rate * (ttl.toSeconds() + 2 * slice.toSeconds());
        long measuredFrom = total - 2_000_000;
        long started = 0;
        String probe = null;
        for (long i = 0; i < total; i++) {
            if (i == measuredFrom) {
                started = System.nanoTime();
            }
            String key = "nonce:app_bench:" + Long.toHexString(i * 0x9E3779B97F4A7C15L) + "0000";
            if (!nonces.add(key, ttl)) {
                throw new AssertionError("a fresh nonce was refused at " + i);
            }
            recent.add(key + "\n" + Long.toHexString(i * 0xC2B2AE3D27D4EB4FL), grace);
            if (i == total - rate * 9L * 60) {
                probe = key;
            }
            nanos.addAndGet(step);
        }
        double nsPerOp = (System.nanoTime() - started) / 2_000_000.0;
        long live = nonces.size();
        long tableBytes = nonces.bytes();
        long heapGrowth = usedHeap() - heapBefore;
        System.out.printf("rate %,d/s, nonce memory %s + up to one %s slice%n", rate, ttl, slice);
        System.out.printf("live nonces: %,d%n", live);
        System.out.printf("fingerprint tables: %,d bytes = %.1f bytes/nonce%n", tableBytes, (double) tableBytes / live);
        System.out.printf("heap growth: %,d bytes = %.1f bytes/nonce (%.0f MB)%n", heapGrowth, (double) heapGrowth / live,
                heapGrowth / 1e6);
        System.out.printf("retry grace %s: %,d recent requests, %,d bytes (%.1f MB)%n", grace, recent.size(), recent.bytes(),
                recent.bytes() / 1e6);
        System.out.printf("first use + recent request, steady state: %.0f ns/op%n", nsPerOp);
        System.out.printf("a nonce used 9 min earlier is refused on replay: %s%n", !nonces.add(probe, ttl));
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
