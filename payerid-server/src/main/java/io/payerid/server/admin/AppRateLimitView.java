package io.payerid.server.admin;

import io.payerid.core.ratelimit.RateLimit;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.server.ratelimit.AppRequestQuota;

/**
 * An app's rate limit as the admin API shows it: {@code capacity} requests per {@code periodSeconds}
 * (a token bucket refilled evenly), from the app's own setting ({@code APP}) or the default ({@code DEFAULT}).
 */
record AppRateLimitView(long capacity, double periodSeconds, Source source) {

    enum Source { APP, DEFAULT }

    static AppRateLimitView of(MerchantApp app, AppRequestQuota quota) {
        RateLimit limit = quota.limitOf(app);
        return new AppRateLimitView(limit.capacity(), limit.period().toMillis() / 1000.0,
                quota.hasOverride(app) ? Source.APP : Source.DEFAULT);
    }
}
