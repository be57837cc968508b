package io.payerid.server.ratelimit;

import io.payerid.core.ratelimit.RateLimiter;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the per-client-address limit in front of every gateway endpoint. Not limited: the operator's admin API
 * (behind its token), the sandbox and demo (dev tools that call the gateway from the same address), the
 * actuator and the API docs.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitWebConfiguration implements WebMvcConfigurer {

    private final RateLimiter limiter;
    private final RateLimitProperties properties;
    private final RateLimitRefusals refusals;

    RateLimitWebConfiguration(RateLimiter limiter, RateLimitProperties properties, RateLimitRefusals refusals) {
        this.limiter = limiter;
        this.properties = properties;
        this.refusals = refusals;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        if (!properties.enabled()) {
            return;
        }
        registry.addInterceptor(new ClientRateLimitInterceptor(limiter, properties.perClientIp().toRateLimit(), refusals))
                .excludePathPatterns("/admin/**", "/sandbox/**", "/demo/**", "/actuator/**", "/v3/api-docs/**",
                        "/swagger-ui/**", "/swagger-ui.html", "/error");
    }
}
