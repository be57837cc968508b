package io.payerid.server.store;

import java.net.URI;
import com.github.benmanes.caffeine.cache.Ticker;
import io.payerid.core.store.InProcessSharedStateStore;
import io.payerid.core.store.SharedStateStore;
import io.payerid.core.tenant.cache.InProcessTenantChanges;
import io.payerid.core.tenant.cache.TenantChanges;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Chooses the shared-state store from {@code payerid.store.type}. */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    @Bean
    @ConditionalOnProperty(name = "payerid.store.type", havingValue = "in-process", matchIfMissing = true)
    SharedStateStore inProcessSharedStateStore(StoreProperties properties) {
        return new InProcessSharedStateStore(properties.capacity(), Ticker.systemTicker());
    }

    /** One node: tenant writes reach this node's caches and nothing else needs to hear them. */
    @Bean
    @ConditionalOnProperty(name = "payerid.store.type", havingValue = "in-process", matchIfMissing = true)
    TenantChanges inProcessTenantChanges() {
        return new InProcessTenantChanges();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "payerid.store.type", havingValue = "redis")
    static class Redis {

        @Bean
        LettuceConnectionFactory payeridRedisConnectionFactory(StoreProperties properties) {
            return connectionFactory(properties.redisUrl(), properties.redisCommandTimeout(), properties.redisConnectTimeout());
        }

        @Bean
        RedisEvictionPolicyCheck redisEvictionPolicyCheck(LettuceConnectionFactory payeridRedisConnectionFactory,
                                                          StoreProperties properties) {
            return new RedisEvictionPolicyCheck(payeridRedisConnectionFactory, properties.redisRequireNoeviction());
        }

        @Bean
        SharedStateStore redisSharedStateStore(LettuceConnectionFactory payeridRedisConnectionFactory, StoreProperties properties) {
            return new RedisSharedStateStore(template(payeridRedisConnectionFactory), properties.keyPrefix(),
                    properties.lockLease(), properties.lockWait(), Duration.ofMillis(25));
        }

        /** Several nodes: a tenant write on one reaches every node's caches over pub/sub. */
        @Bean
        TenantChanges redisTenantChanges(LettuceConnectionFactory payeridRedisConnectionFactory, StoreProperties properties) {
            return RedisTenantChanges.connect(payeridRedisConnectionFactory, properties.keyPrefix());
        }
    }

    /**
     * A template whose failures reach the factory's {@link FastFailingRedisConnectionFactory#distrust distrust},
     * so a connection out of step with Redis is replaced; a plain template for any other factory.
     */
    static StringRedisTemplate template(LettuceConnectionFactory factory) {
        return factory instanceof FastFailingRedisConnectionFactory fastFailing
                ? new DistrustingRedisTemplate(fastFailing) : new StringRedisTemplate(factory);
    }

    /** {@link #connectionFactory(String, Duration, Duration)} with the default timeouts (2 s commands, 1 s connect). */
    static LettuceConnectionFactory connectionFactory(String url) {
        return connectionFactory(url, Duration.ofSeconds(2), Duration.ofSeconds(1));
    }

    /** A standalone Redis from a {@code redis[s]://[user[:password]@]host[:port][/database]} URL. */
    static LettuceConnectionFactory connectionFactory(String url, Duration commandTimeout, Duration connectTimeout) {
        URI uri = URI.create(url);
        if (!"redis".equals(uri.getScheme()) && !"rediss".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("payerid.store.redis-url must look like redis://host:6379/0");
        }
        RedisStandaloneConfiguration standalone = new RedisStandaloneConfiguration(uri.getHost(),
                uri.getPort() < 0 ? 6379 : uri.getPort());
        String path = uri.getPath() == null ? "" : uri.getPath().replace("/", "");
        standalone.setDatabase(path.isEmpty() ? 0 : Integer.parseInt(path));
        String userInfo = uri.getUserInfo();
        if (userInfo != null && !userInfo.isEmpty()) {
            int colon = userInfo.indexOf(':');
            if (colon < 0) {
                standalone.setPassword(userInfo);
            } else {
                if (colon > 0) {
                    standalone.setUsername(userInfo.substring(0, colon));
                }
                standalone.setPassword(userInfo.substring(colon + 1));
            }
        }
        return FastFailingRedisConnectionFactory.create(standalone, "rediss".equals(uri.getScheme()), commandTimeout,
                connectTimeout);
    }
}
