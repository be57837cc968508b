package io.payerid.server.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.payerid.core.ratelimit.AppRateLimitOverrides;
import io.payerid.core.ratelimit.RateDecision;
import io.payerid.core.ratelimit.RateLimit;
import io.payerid.core.ratelimit.RateLimitedException;
import io.payerid.core.ratelimit.RateLimiter;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import java.time.Duration;
import java.util.Optional;

/**
 * The per-app limit. Entry points call it only once the caller is authenticated (signature, timestamp and
 * nonce checked), so a forged or replayed request never takes a token from the merchant's bucket. An app's
 * override is read from the database at most every {@link #OVERRIDE_CACHE_TTL} per node, so a change made
 * through the admin API reaches every node within that time (immediately on the node that made it).
 */
public class AppRequestQuota {

    static final Duration OVERRIDE_CACHE_TTL = Duration.ofSeconds(5);

    private final RateLimiter limiter;
    private final AppRateLimitOverrides overrides;
    private final RateLimit defaultLimit;
    private final boolean enabled;
    private final RateLimitRefusals refusals;
    private final Cache<String, Optional<RateLimit>> cachedOverrides = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(OVERRIDE_CACHE_TTL).recordStats().build();

    public AppRequestQuota(RateLimiter limiter, AppRateLimitOverrides overrides, RateLimit defaultLimit, boolean enabled,
                           RateLimitRefusals refusals) {
        this.refusals = refusals;
        this.limiter = limiter;
        this.overrides = overrides;
        this.defaultLimit = defaultLimit;
        this.enabled = enabled;
    }

    /** Reports the override cache as Micrometer's {@code cache.*} meters, {@code cache="payerid.ratelimit.overrides"}. */
    public void monitorCache(MeterRegistry registry) {
        CaffeineCacheMetrics.monitor(registry, cachedOverrides, "payerid.ratelimit.overrides");
    }

    /** Takes one token from the app's bucket, or refuses with {@code RATE_LIMITED}. */
    public void consume(MerchantApp app) {
        if (enabled) {
            check("app:" + app.appId(), limitOf(app), "too many requests for app " + app.appId(), true);
        }
    }

    /** Dialects that authenticate a merchant rather than an app (seeds 001, 002) share one default bucket per merchant. */
    public void consume(Merchant merchant) {
        if (enabled) {
            check("mch:" + merchant.mchNo(), defaultLimit, "too many requests for merchant " + merchant.mchNo(), false);
        }
    }

    /** The limit the app is under now: its override, else the default. */
    public RateLimit limitOf(MerchantApp app) {
        return cachedOverrides.get(app.id(), overrides::find).orElse(defaultLimit);
    }

    public boolean hasOverride(MerchantApp app) {
        return cachedOverrides.get(app.id(), overrides::find).isPresent();
    }

    /** Called after the operator changed an app's override, so this node uses it at once. */
    public void overrideChanged(MerchantApp app) {
        cachedOverrides.invalidate(app.id());
    }

    private void check(String key, RateLimit limit, String detail, boolean appBucket) {
        RateDecision decision = limiter.tryConsume(key, limit);
        if (!decision.allowed()) {
            if (appBucket) {
                refusals.app();
            } else {
                refusals.merchant();
            }
            throw new RateLimitedException(detail, decision.retryAfter());
        }
    }
}
