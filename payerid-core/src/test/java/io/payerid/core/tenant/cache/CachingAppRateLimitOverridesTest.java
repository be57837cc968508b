package io.payerid.core.tenant.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import io.payerid.core.ratelimit.AppRateLimitOverrides;
import io.payerid.core.ratelimit.RateLimit;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachingAppRateLimitOverridesTest {

    private final AtomicInteger finds = new AtomicInteger();
    private final Map<String, RateLimit> stored = new ConcurrentHashMap<>();
    private final AppRateLimitOverrides database = new AppRateLimitOverrides() {
        @Override
        public Optional<RateLimit> find(String appInternalId) {
            finds.incrementAndGet();
            return Optional.ofNullable(stored.get(appInternalId));
        }

        @Override
        public void put(String appInternalId, RateLimit limit) {
            stored.put(appInternalId, limit);
        }

        @Override
        public boolean remove(String appInternalId) {
            return stored.remove(appInternalId) != null;
        }
    };
    private final InProcessTenantChanges changes = new InProcessTenantChanges();
    private final CachingAppRateLimitOverrides overrides = new CachingAppRateLimitOverrides(database, changes,
            new TenantCacheSettings(Duration.ofSeconds(30), 100, 100, 1), Ticker.systemTicker());

    CachingAppRateLimitOverridesTest() {
        changes.subscribe(overrides::apply);
    }

    @Test
    void findWhenNoOverrideThenAbsenceCached() {
        assertThat(overrides.find("a1")).isEmpty();
        assertThat(overrides.find("a1")).isEmpty();

        assertThat(finds.get()).isEqualTo(1);
    }

    @Test
    void findWhenPutThenNewLimitAtOnce() {
        overrides.find("a1");

        overrides.put("a1", new RateLimit(5, Duration.ofSeconds(1)));

        assertThat(overrides.find("a1")).contains(new RateLimit(5, Duration.ofSeconds(1)));
    }

    @Test
    void findWhenRemovedThenDefaultAtOnce() {
        overrides.put("a1", new RateLimit(5, Duration.ofSeconds(1)));
        overrides.find("a1");

        overrides.remove("a1");

        assertThat(overrides.find("a1")).isEmpty();
    }
}
