package io.payerid.server.config;

import io.payerid.core.tenant.cache.TenantCacheSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The tenant configuration cache ({@code payerid.tenant-cache.*}): institutions, merchants, apps, effective
 * channel configurations, whitelists and app rate limits, held in memory after first use.
 *
 * @param ttl             the safety net: an entry is reloaded after this long even if no change message arrived
 * @param capacity        entries per lookup
 * @param missingCapacity unknown keys (appId, mchNo, instNo) remembered per lookup, apart from the known ones
 * @param concurrentLoads database lookups a node runs at once on cache misses
 */
@ConfigurationProperties("payerid.tenant-cache")
public record TenantCacheProperties(
        @DefaultValue("30s") Duration ttl,
        @DefaultValue("100000") long capacity,
        @DefaultValue("10000") long missingCapacity,
        @DefaultValue("4") int concurrentLoads) {

    public TenantCacheSettings settings() {
        return new TenantCacheSettings(ttl, capacity, missingCapacity, concurrentLoads);
    }
}
