package io.payerid.server.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.payerid.core.tenant.cache.CachingTenantDirectory;
import io.payerid.core.tenant.cache.ReadThroughCache;
import org.springframework.stereotype.Component;

/**
 * The tenant cache's hit rate, per lookup, under Micrometer's own cache meter name ({@code cache.gets} with
 * {@code result=hit|miss}, as {@code CaffeineCacheMetrics} names it), so the dashboard's cache panel shows it
 * beside the rate-limit overrides cache. A miss is a database query; after warm-up the hot paths should see none.
 */
@Component
public class TenantCacheMetrics {

    public TenantCacheMetrics(CachingTenantDirectory directory, MeterRegistry registry) {
        directory.caches().forEach((name, cache) -> {
            String tag = "payerid.tenants." + name;
            FunctionCounter.builder("cache.gets", cache, ReadThroughCache::hits).tag("cache", tag).tag("result", "hit")
                    .description("Tenant lookups answered from memory").register(registry);
            FunctionCounter.builder("cache.gets", cache, ReadThroughCache::misses).tag("cache", tag).tag("result", "miss")
                    .description("Tenant lookups that queried the database").register(registry);
        });
    }
}
