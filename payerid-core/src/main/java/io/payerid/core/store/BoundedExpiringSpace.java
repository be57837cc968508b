package io.payerid.core.store;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import java.time.Duration;
import java.util.Optional;

/**
 * One {@link KeySpace} of the in-process store: a Caffeine map with a per-entry time to live and no size
 * eviction. At {@code maxEntries} live entries a new key is refused with {@code STORE_FULL}; replacing or
 * deleting existing keys still works. The bound is checked before inserting, so concurrent inserts can
 * pass it by at most the number of threads inserting at that instant.
 */
final class BoundedExpiringSpace {

    record Entry(String value, long ttlNanos) {
    }

    private final String name;
    private final long maxEntries;
    private final Cache<String, Entry> cache;

    BoundedExpiringSpace(String name, long maxEntries, Ticker ticker) {
        this.name = name;
        this.maxEntries = maxEntries;
        this.cache = Caffeine.newBuilder()
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

    boolean putIfAbsent(String key, String value, Duration ttl) {
        if (cache.getIfPresent(key) != null) {
            return false;
        }
        requireRoom();
        return cache.asMap().putIfAbsent(key, new Entry(value, ttl.toNanos())) == null;
    }

    Optional<String> get(String key) {
        return Optional.ofNullable(cache.getIfPresent(key)).map(Entry::value);
    }

    void put(String key, String value, Duration ttl) {
        if (cache.getIfPresent(key) == null) {
            requireRoom();
        }
        cache.put(key, new Entry(value, ttl.toNanos()));
    }

    /** Stores after {@link #requireRoom} was passed earlier (a loader ran meanwhile): losing the value is worse. */
    void putAdmitted(String key, String value, Duration ttl) {
        cache.put(key, new Entry(value, ttl.toNanos()));
    }

    void delete(String key) {
        cache.invalidate(key);
    }

    boolean deleteIfEquals(String key, String expectedValue) {
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

    /** Refuses when full; first lets Caffeine drop what has expired, which may make room. */
    void requireRoom() {
        if (cache.estimatedSize() < maxEntries) {
            return;
        }
        cache.cleanUp();
        if (cache.estimatedSize() >= maxEntries) {
            throw new PayerIdException(ErrorCode.STORE_FULL,
                    "the shared state store's '" + name + "' space holds its capacity of " + maxEntries + " entries");
        }
    }
}
