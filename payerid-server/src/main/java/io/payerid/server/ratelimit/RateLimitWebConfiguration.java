package io.payerid.server.ratelimit;

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

    private final ClientRateLimitInterceptor clientLimit;

    RateLimitWebConfiguration(ClientRateLimitInterceptor clientLimit) {
        this.clientLimit = clientLimit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        if (!clientLimit.enabled()) {
            return;
        }
        registry.addInterceptor(clientLimit)
                .excludePathPatterns("/admin/**", "/sandbox/**", "/demo/**", "/actuator/**", "/v3/api-docs/**",
                        "/swagger-ui/**", "/swagger-ui.html", "/error");
    }
}
