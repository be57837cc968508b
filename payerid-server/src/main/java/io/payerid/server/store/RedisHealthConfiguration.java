package io.payerid.server.store;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Readiness follows Redis when the shared state lives there ({@code payerid.store.type=redis}): a node that
 * cannot reach it fails every flow, so the load balancer should stop sending it payers. The contributor is
 * named {@code redis}; the readiness group includes it (application.yml).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "payerid.store.type", havingValue = "redis")
public class RedisHealthConfiguration {

    @Bean
    HealthIndicator redisHealthIndicator(LettuceConnectionFactory payeridRedisConnectionFactory) {
        return () -> ping(payeridRedisConnectionFactory);
    }

    /**
     * One PING on the store's own fast-failing connection (its command timeout bounds the probe). Down says
     * only the failure's type: a connection error's text may name the Redis URL, which can carry a password.
     */
    static Health ping(LettuceConnectionFactory factory) {
        try (RedisConnection connection = factory.getConnection()) {
            connection.ping();
            return Health.up().build();
        } catch (RuntimeException e) {
            if (factory instanceof FastFailingRedisConnectionFactory fastFailing) {
                fastFailing.distrust(e);
            }
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
