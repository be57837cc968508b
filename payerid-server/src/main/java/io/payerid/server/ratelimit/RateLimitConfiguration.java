package io.payerid.server.ratelimit;

import io.lettuce.core.RedisClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.payerid.core.ratelimit.AppRateLimitOverrides;
import io.payerid.core.ratelimit.InProcessRateLimiter;
import io.payerid.core.ratelimit.RateLimiter;
import io.payerid.server.store.StoreProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/** The rate limiter follows the shared store: in this node's memory, or in Redis for several nodes. */
@Configuration(proxyBeanMethods = false)
public class RateLimitConfiguration {

    @Bean
    @ConditionalOnProperty(name = "payerid.store.type", havingValue = "in-process", matchIfMissing = true)
    RateLimiter inProcessRateLimiter(RateLimitProperties properties) {
        return new InProcessRateLimiter(properties.maxBuckets());
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "payerid.store.type", havingValue = "redis")
    RateLimiter redisRateLimiter(LettuceConnectionFactory payeridRedisConnectionFactory, StoreProperties store,
                                 RateLimitProperties properties) {
        // The store's own client: its fast-failing timeouts and 1 s reconnects hold for the buckets too.
        return new RedisRateLimiter(() -> (RedisClient) payeridRedisConnectionFactory.getRequiredNativeClient(),
                store.keyPrefix() + "rate:", new InProcessRateLimiter(properties.maxBuckets()));
    }

    @Bean
    ClientRateLimitInterceptor clientRateLimitInterceptor(RateLimiter limiter, RateLimitProperties properties,
                                                          RateLimitRefusals refusals) {
        return new ClientRateLimitInterceptor(properties.enabled(), limiter, properties.perClientIp().toRateLimit(), refusals);
    }

    @Bean
    RateLimitRefusals rateLimitRefusals(MeterRegistry registry) {
        return new RateLimitRefusals(registry);
    }

    @Bean
    AppRequestQuota appRequestQuota(RateLimiter limiter, AppRateLimitOverrides overrides, RateLimitProperties properties,
                                    RateLimitRefusals refusals, MeterRegistry registry) {
        AppRequestQuota quota = new AppRequestQuota(limiter, overrides, properties.perApp().toRateLimit(),
                properties.enabled(), refusals);
        quota.monitorCache(registry);
        return quota;
    }
}
