package io.payerid.server.ratelimit;

import io.payerid.core.ratelimit.AppRateLimitOverrides;
import io.payerid.core.ratelimit.InProcessRateLimiter;
import io.payerid.core.ratelimit.RateLimiter;
import io.payerid.server.store.StoreProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
    RateLimiter redisRateLimiter(StoreProperties store) {
        return new RedisRateLimiter(store.redisUrl(), store.keyPrefix() + "rate:");
    }

    @Bean
    AppRequestQuota appRequestQuota(RateLimiter limiter, AppRateLimitOverrides overrides, RateLimitProperties properties) {
        return new AppRequestQuota(limiter, overrides, properties.perApp().toRateLimit(), properties.enabled());
    }
}
