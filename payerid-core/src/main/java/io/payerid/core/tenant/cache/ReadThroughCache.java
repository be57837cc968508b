package io.payerid.core.tenant.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * One lookup (apps by appId, whitelists by merchant, ...) in front of the database: found values and unknown keys
 * in two separately bounded Caffeine caches, both expiring after the TTL.
 *
 * <p>A load that overlaps an invalidation is not kept: every invalidation bumps a generation before it removes
 * anything, and a load stores its value first and takes it back when the generation moved meanwhile. So a reader
 * that fetched a row just before a write committed cannot leave the old row cached past the write's message.
 */
public final class ReadThroughCache<K, V> {

    private final Cache<K, V> found;
    private final Cache<K, Boolean> missing;
    private final Function<K, Optional<V>> loader;
    private final Semaphore loads;
    private final AtomicLong generation = new AtomicLong();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    public ReadThroughCache(TenantCacheSettings settings, Ticker ticker, Semaphore loads, Function<K, Optional<V>> loader) {
        this.found = Caffeine.newBuilder().maximumSize(settings.capacity()).expireAfterWrite(settings.ttl())
                .ticker(ticker).build();
        this.missing = Caffeine.newBuilder().maximumSize(settings.missingCapacity()).expireAfterWrite(settings.ttl())
                .ticker(ticker).build();
        this.loads = loads;
        this.loader = loader;
    }

    public Optional<V> get(K key) {
        V cached = found.getIfPresent(key);
        if (cached != null) {
            hits.increment();
            return Optional.of(cached);
        }
        if (missing.getIfPresent(key) != null) {
            hits.increment();
            return Optional.empty();
        }
        misses.increment();
        long before = generation.get();
        Optional<V> loaded = load(key);
        if (loaded.isPresent()) {
            found.put(key, loaded.get());
            if (generation.get() != before) {
                found.asMap().remove(key, loaded.get());
            }
        } else {
            missing.put(key, Boolean.TRUE);
            if (generation.get() != before) {
                missing.invalidate(key);
            }
        }
        return loaded;
    }

    /** Lookups answered from memory, a remembered unknown key included (for the cache's hit-rate metric). */
    public long hits() {
        return hits.sum();
    }

    /** Lookups that went to the loader. */
    public long misses() {
        return misses.sum();
    }

    public void invalidate(K key) {
        generation.incrementAndGet();
        found.invalidate(key);
        missing.invalidate(key);
    }

    /** Drops the found entries that match and every unknown key (a new record may now answer any of them). */
    public void invalidateMatching(BiPredicate<K, V> matches) {
        generation.incrementAndGet();
        found.asMap().entrySet().removeIf(entry -> matches.test(entry.getKey(), entry.getValue()));
        missing.invalidateAll();
    }

    public void invalidateAll() {
        generation.incrementAndGet();
        found.invalidateAll();
        missing.invalidateAll();
    }

    private Optional<V> load(K key) {
        loads.acquireUninterruptibly();
        try {
            return loader.apply(key);
        } finally {
            loads.release();
        }
    }
}
