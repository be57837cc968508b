package io.payerid.core.store;

import com.github.benmanes.caffeine.cache.Ticker;
import io.payerid.core.error.PayerIdException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Single-node {@link SharedStateStore}. Used keys ({@link #firstUse}, i.e. nonces) live in a compact
 * {@link TimeBucketedFingerprintSet}; everything else in one {@link BoundedExpiringSpace} per
 * {@link KeySpace}, each with its own bound, so no kind of state can evict another. A full space or set
 * refuses new entries ({@code STORE_FULL}) and never forgets a live one before its TTL.
 * Loaders run outside any lock (they may do slow upstream I/O); {@link SingleFlight} gives the
 * one-loader-per-key guarantee instead.
 */
public final class InProcessSharedStateStore implements SharedStateStore {

    private final StoreCapacity capacity;
    private final Ticker ticker;
    private final TimeBucketedFingerprintSet usedKeys;
    /** Used key + request of the last seconds, for {@link #firstUseOrRetry}: small, since the grace is short. */
    private final TimeBucketedFingerprintSet recentRequests;
    private final Map<String, BoundedExpiringSpace> spaces = new ConcurrentHashMap<>();
    private final SingleFlight singleFlight = new SingleFlight();

    public InProcessSharedStateStore(StoreCapacity capacity, Ticker ticker) {
        this.capacity = capacity;
        this.ticker = ticker;
        this.usedKeys = new TimeBucketedFingerprintSet(capacity.usedKeys(), capacity.usedKeySlice(), ticker);
        this.recentRequests = new TimeBucketedFingerprintSet(capacity.recentRequests(), StoreCapacity.RECENT_REQUEST_SLICE,
                ticker);
    }

    /** Every space bounded at {@code entriesPerSpace}; default used-key capacity. */
    public InProcessSharedStateStore(long entriesPerSpace, Ticker ticker) {
        this(new StoreCapacity(StoreCapacity.DEFAULT_USED_KEYS, StoreCapacity.DEFAULT_USED_KEY_SLICE, entriesPerSpace,
                Map.of()), ticker);
    }

    public InProcessSharedStateStore() {
        this(StoreCapacity.defaults(), Ticker.systemTicker());
    }

    @Override
    public boolean firstUse(String key, Duration ttl) {
        return usedKeys.add(key, ttl);
    }

    /**
     * The request is remembered beside its key for the grace (and at most one second longer). When that
     * short-lived set is full the request is still served, only its retry is no longer recognised (it is
     * refused as reused, as without a grace): a full set never lets anything through.
     */
    @Override
    public boolean firstUseOrRetry(String key, String request, Duration ttl, Duration retryGrace) {
        boolean graced = !retryGrace.isZero() && !retryGrace.isNegative();
        String recent = key + "\n" + request;
        if (usedKeys.add(key, ttl)) {
            if (graced) {
                rememberRecent(recent, retryGrace);
            }
            return true;
        }
        return graced && recentRequests.contains(recent);
    }

    private void rememberRecent(String recent, Duration retryGrace) {
        try {
            recentRequests.add(recent, retryGrace);
        } catch (PayerIdException full) {
            // STORE_FULL of the retry set only: the request itself is fine, its retry will be refused.
        }
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        return space(key).putIfAbsent(key, value, ttl);
    }

    @Override
    public Optional<String> get(String key) {
        return space(key).get(key);
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        space(key).put(key, value, ttl);
    }

    @Override
    public void delete(String key) {
        space(key).delete(key);
    }

    @Override
    public boolean deleteIfEquals(String key, String expectedValue) {
        return space(key).deleteIfEquals(key, expectedValue);
    }

    @Override
    public String computeIfAbsent(String key, Duration ttl, Supplier<String> loader) {
        Optional<String> existing = get(key);
        if (existing.isPresent()) {
            return existing.get();
        }
        // Re-check inside: another caller may have finished between our get() and joining the flight.
        return singleFlight.run(key, () -> get(key).orElseGet(() -> {
            // Refuse before the loader runs: a redeemed one-time code must never be lost for want of room.
            BoundedExpiringSpace space = space(key);
            space.requireRoom();
            String loaded = loader.get();
            space.putAdmitted(key, loaded, ttl);
            return loaded;
        }));
    }

    private BoundedExpiringSpace space(String key) {
        return spaces.computeIfAbsent(KeySpace.of(key), name -> new BoundedExpiringSpace(name, capacity.entriesOf(name), ticker));
    }
}
