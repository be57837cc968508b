package io.payerid.server.store;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/** The startup check against real redis-server processes with different eviction policies. */
class RedisEvictionPolicyCheckTest {

    @Test
    void afterPropertiesSetWhenRedisEvictsThenStartupRefused() {
        try (PrivateRedis redis = PrivateRedis.start("--maxmemory-policy", "allkeys-lru")) {
            LettuceConnectionFactory factory = factory(redis);
            try {
                assertThatThrownBy(() -> new RedisEvictionPolicyCheck(factory, true).afterPropertiesSet())
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("allkeys-lru").hasMessageContaining("noeviction");
                assertThatCode(() -> new RedisEvictionPolicyCheck(factory, false).afterPropertiesSet())
                        .as("opted out: warns only").doesNotThrowAnyException();
            } finally {
                factory.destroy();
            }
        }
    }

    @Test
    void afterPropertiesSetWhenRedisNeverEvictsThenStartupContinues() {
        try (PrivateRedis redis = PrivateRedis.start("--maxmemory-policy", "noeviction")) {
            LettuceConnectionFactory factory = factory(redis);
            try {
                assertThatCode(() -> new RedisEvictionPolicyCheck(factory, true).afterPropertiesSet()).doesNotThrowAnyException();
            } finally {
                factory.destroy();
            }
        }
    }

    @Test
    void afterPropertiesSetWhenRedisDownThenStartupContinues() {
        LettuceConnectionFactory factory = StoreConfiguration.connectionFactory("redis://127.0.0.1:1/0");
        factory.afterPropertiesSet();
        factory.start();
        try {
            assertThatCode(() -> new RedisEvictionPolicyCheck(factory, true).afterPropertiesSet()).doesNotThrowAnyException();
        } finally {
            factory.destroy();
        }
    }

    private static LettuceConnectionFactory factory(PrivateRedis redis) {
        LettuceConnectionFactory factory = StoreConfiguration.connectionFactory(redis.url());
        factory.afterPropertiesSet();
        factory.start();
        return factory;
    }
}
