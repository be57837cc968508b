package io.payerid.core.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Single-node {@link SharedStateStore} on a Caffeine cache with a per-entry time to live.
 * Loaders run outside Caffeine's compute lock (they may do slow upstream I/O); {@link SingleFlight}
 * gives the one-loader-per-key guarantee instead.
 */
public final class InProcessSharedStateStore implements SharedStateStore {

    private record Entry(String value, long ttlNanos) {
    }

    private final Cache<String, Entry> cache;
    private final SingleFlight singleFlight = new SingleFlight();

    public InProcessSharedStateStore(long maximumSize, Ticker ticker) {
        this.cache = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .ticker(ticker)
                .expireAfter(new Expiry<String, Entry>() {
                    @Override
                    public long expireAfterCreate(String key, Entry entry, long currentTime) {
                        return entry.ttlNanos();
                    }

                    @Override
                    public long expireAfterUpdate(String key, Entry entry, long currentTime, long currentDuration) {
                        return entry.ttlNanos();
                    }

                    @Override
                    public long expireAfterRead(String key, Entry entry, long currentTime, long currentDuration) {
                        return currentDuration;
                    }
                })
                .build();
    }

    public InProcessSharedStateStore() {
        this(1_000_000, Ticker.systemTicker());
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        Entry mine = new Entry(value, ttl.toNanos());
        return cache.asMap().putIfAbsent(key, mine) == null;
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(cache.getIfPresent(key)).map(Entry::value);
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        cache.put(key, new Entry(value, ttl.toNanos()));
    }

    @Override
    public void delete(String key) {
        cache.invalidate(key);
    }

    @Override
    public boolean deleteIfEquals(String key, String expectedValue) {
        boolean[] deleted = {false};
        cache.asMap().computeIfPresent(key, (k, entry) -> {
            if (!entry.value().equals(expectedValue)) {
                return entry;
            }
            deleted[0] = true;
            return null;
        });
        return deleted[0];
    }

    @Override
    public String computeIfAbsent(String key, Duration ttl, Supplier<String> loader) {
        Optional<String> existing = get(key);
        if (existing.isPresent()) {
            return existing.get();
        }
        // Re-check inside: another caller may have finished between our get() and joining the flight.
        return singleFlight.run(key, () -> get(key).orElseGet(() -> {
            String loaded = loader.get();
            put(key, loaded, ttl);
            return loaded;
        }));
    }
}
