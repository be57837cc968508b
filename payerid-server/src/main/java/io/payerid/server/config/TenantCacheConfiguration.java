package io.payerid.server.config;

import com.github.benmanes.caffeine.cache.Ticker;
import io.payerid.core.crypto.SecretCipher;
import io.payerid.core.ratelimit.AppRateLimitOverrides;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.core.tenant.cache.CachingAppRateLimitOverrides;
import io.payerid.core.tenant.cache.CachingTenantDirectory;
import io.payerid.core.tenant.cache.InvalidatingTenantAdmin;
import io.payerid.core.tenant.cache.TenantChanges;
import io.payerid.server.persistence.JdbcAppRateLimitOverrides;
import io.payerid.server.persistence.JdbcTenantDirectory;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tenant model as the application sees it: the JDBC repositories behind the tenant cache. Reads come from
 * memory; every write goes to the database and then through {@link TenantChanges} to every node's caches.
 * The JDBC directory itself is no bean, so nothing can read around the cache.
 */
@Configuration(proxyBeanMethods = false)
public class TenantCacheConfiguration {

    private final JdbcTenantDirectory database;

    TenantCacheConfiguration(JdbcClient jdbc, SecretCipher cipher, JsonMapper json) {
        this.database = new JdbcTenantDirectory(jdbc, cipher, json);
    }

    @Bean
    CachingTenantDirectory tenantDirectory(TenantChanges changes, TenantCacheProperties properties) {
        CachingTenantDirectory directory = new CachingTenantDirectory(database, properties.settings(), Ticker.systemTicker());
        changes.subscribe(directory::apply);
        return directory;
    }

    @Bean
    TenantAdmin tenantAdmin(TenantChanges changes) {
        return new InvalidatingTenantAdmin(database, changes);
    }

    @Bean
    AppRateLimitOverrides appRateLimitOverrides(JdbcClient jdbc, Clock clock, TenantChanges changes,
                                                TenantCacheProperties properties) {
        CachingAppRateLimitOverrides overrides = new CachingAppRateLimitOverrides(
                new JdbcAppRateLimitOverrides(jdbc, clock), changes, properties.settings(), Ticker.systemTicker());
        changes.subscribe(overrides::apply);
        return overrides;
    }
}
