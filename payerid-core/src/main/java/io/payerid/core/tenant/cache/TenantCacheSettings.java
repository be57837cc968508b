package io.payerid.core.tenant.cache;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds of the tenant configuration caches.
 *
 * @param ttl                how long an entry is trusted without hearing of a change (the safety net when a
 *                           change message is lost)
 * @param capacity           entries kept per lookup (apps by appId, merchants by id, ...): beyond, least useful first
 * @param missingCapacity    unknown keys remembered per lookup (an unknown appId costs one query, then none until
 *                           the TTL), kept apart from the known entries so a flood of made-up ids cannot evict them
 * @param concurrentLoads    database lookups one node runs at once on cache misses: a flood of made-up ids holds at
 *                           most this many connections, the rest of the pool stays free for everything else
 */
public record TenantCacheSettings(Duration ttl, long capacity, long missingCapacity, int concurrentLoads) {

    public TenantCacheSettings {
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("tenant cache ttl must be positive");
        }
        if (capacity < 1 || missingCapacity < 1 || concurrentLoads < 1) {
            throw new IllegalArgumentException("tenant cache capacities and concurrent loads must be at least 1");
        }
    }
}
