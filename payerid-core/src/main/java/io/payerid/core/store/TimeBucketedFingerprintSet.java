package io.payerid.core.store;

import com.github.benmanes.caffeine.cache.Ticker;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Remembers that keys were used (nonces), compactly: a key is kept as a 64-bit SipHash fingerprint under
 * a random per-process key, in the bucket of the time slice its memory ends in (expiry rounded up to the
 * slice, so a key is remembered for its TTL and at most one slice longer). A bucket is dropped whole once
 * its slice has passed; nothing else is ever removed. At the capacity the set refuses new keys
 * ({@code STORE_FULL}) instead of forgetting live ones.
 * <p>
 * Cost: 10-15 bytes a key (one {@code long} slot at 53-80% load). False "already used": a fresh key
 * matches one of {@code n} live fingerprints with probability {@code n / 2^64}, e.g. 1.2e-12 per request
 * with 22 million keys live.
 */
public final class TimeBucketedFingerprintSet {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final long capacity;
    private final long sliceNanos;
    private final Ticker ticker;
    private final SipHash24 hash = new SipHash24(RANDOM.nextLong(), RANDOM.nextLong());
    private final ReentrantLock lock = new ReentrantLock();
    /** Slice index (expiry end = index x slice) → the fingerprints whose memory ends in that slice. */
    private final TreeMap<Long, FingerprintTable> buckets = new TreeMap<>();
    private long size;

    public TimeBucketedFingerprintSet(long capacity, Duration slice, Ticker ticker) {
        if (capacity <= 0 || slice.isNegative() || slice.isZero()) {
            throw new IllegalArgumentException("capacity and slice must be positive");
        }
        this.capacity = capacity;
        this.sliceNanos = slice.toNanos();
        this.ticker = ticker;
    }

    /**
     * True when {@code key} was not remembered: it now is, for at least {@code ttl}. False when it is
     * (a replay), or, with probability n/2^64, when its fingerprint matches another live key's.
     *
     * @throws PayerIdException STORE_FULL when {@code capacity} keys are live
     */
    public boolean add(String key, Duration ttl) {
        long fingerprint = fingerprint(key);
        long now = ticker.read();
        long slice = Math.ceilDiv(now + ttl.toNanos(), sliceNanos);
        lock.lock();
        try {
            dropPassedSlices(now);
            if (containsFingerprint(fingerprint)) {
                return false;
            }
            if (size >= capacity) {
                throw new PayerIdException(ErrorCode.STORE_FULL,
                        "the used-nonce store holds its capacity of " + capacity + " live nonces");
            }
            buckets.computeIfAbsent(slice, s -> new FingerprintTable(newestBucket())).add(fingerprint);
            size++;
            return true;
        } finally {
            lock.unlock();
        }
    }

    public boolean contains(String key) {
        long fingerprint = fingerprint(key);
        lock.lock();
        try {
            dropPassedSlices(ticker.read());
            return containsFingerprint(fingerprint);
        } finally {
            lock.unlock();
        }
    }

    /** Live keys (including those of the current slice whose TTL has just passed). */
    public long size() {
        lock.lock();
        try {
            dropPassedSlices(ticker.read());
            return size;
        } finally {
            lock.unlock();
        }
    }

    /** Bytes held by the fingerprint tables. */
    public long bytes() {
        lock.lock();
        try {
            return buckets.values().stream().mapToLong(FingerprintTable::bytes).sum();
        } finally {
            lock.unlock();
        }
    }

    private boolean containsFingerprint(long fingerprint) {
        for (FingerprintTable bucket : buckets.values()) {
            if (bucket.contains(fingerprint)) {
                return true;
            }
        }
        return false;
    }

    private void dropPassedSlices(long now) {
        Iterator<Map.Entry<Long, FingerprintTable>> oldest = buckets.entrySet().iterator();
        while (oldest.hasNext()) {
            Map.Entry<Long, FingerprintTable> bucket = oldest.next();
            if (bucket.getKey() * sliceNanos > now) {
                return;
            }
            size -= bucket.getValue().count();
            oldest.remove();
        }
    }

    /**
     * A new slice starts a little above the newest one, the rate of the last slice: under a steady rate it
     * never has to grow (growing rehashes the table under the lock), and after a burst only the next slice is
     * sized like the burst. Sizing from the fullest live slice instead gave every slice for the rest of the
     * TTL (21 of them at the default window) the burst's size, whatever the rate had become.
     */
    private int newestBucket() {
        int newest = buckets.isEmpty() ? 0 : buckets.lastEntry().getValue().count();
        return newest + newest / 16;
    }

    private long fingerprint(String key) {
        long fingerprint = hash.hash(key);
        return fingerprint == 0 ? 1 : fingerprint;
    }
}
