package io.payerid.core.tenant.cache;

import com.github.benmanes.caffeine.cache.Ticker;
import io.payerid.core.ratelimit.AppRateLimitOverrides;
import io.payerid.core.ratelimit.RateLimit;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * Per-app rate limits from memory (every signed request asks for its app's), written through to the database
 * and announced as a {@link TenantChange.Scope#RATE_LIMIT} change so every node forgets the old limit.
 */
public final class CachingAppRateLimitOverrides implements AppRateLimitOverrides {

    private final AppRateLimitOverrides database;
    private final TenantChanges changes;
    private final ReadThroughCache<String, RateLimit> limits;

    public CachingAppRateLimitOverrides(AppRateLimitOverrides database, TenantChanges changes,
                                        TenantCacheSettings settings, Ticker ticker) {
        this.database = database;
        this.changes = changes;
        this.limits = new ReadThroughCache<>(settings, ticker, new Semaphore(settings.concurrentLoads()), database::find);
    }

    /** Forgets what a change names; subscribed to {@link TenantChanges}. */
    public void apply(TenantChange change) {
        switch (change.scope()) {
            case RATE_LIMIT, APP -> limits.invalidate(change.id());
            case EVERYTHING -> limits.invalidateAll();
            default -> {
                // other scopes hold no rate limits
            }
        }
    }

    @Override
    public Optional<RateLimit> find(String appInternalId) {
        return appInternalId == null ? Optional.empty() : limits.get(appInternalId);
    }

    @Override
    public void put(String appInternalId, RateLimit limit) {
        try {
            database.put(appInternalId, limit);
        } finally {
            changes.publish(new TenantChange(TenantChange.Scope.RATE_LIMIT, appInternalId));
        }
    }

    @Override
    public boolean remove(String appInternalId) {
        try {
            return database.remove(appInternalId);
        } finally {
            changes.publish(new TenantChange(TenantChange.Scope.RATE_LIMIT, appInternalId));
        }
    }
}
