package io.payerid.core.ratelimit;

import java.util.Optional;

/**
 * Per-app rate limits set by the operator, replacing the default per-app limit for that app. Keyed by the
 * app's internal id ({@link io.payerid.core.tenant.MerchantApp#id()}). The server keeps them in the database.
 */
public interface AppRateLimitOverrides {

    Optional<RateLimit> find(String appInternalId);

    void put(String appInternalId, RateLimit limit);

    /** False when the app had no override. */
    boolean remove(String appInternalId);
}
