package io.payerid.server.ratelimit;

import io.payerid.core.ratelimit.RateDecision;
import io.payerid.core.ratelimit.RateLimit;
import io.payerid.core.ratelimit.RateLimitedException;
import io.payerid.core.ratelimit.RateLimiter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The per-client-address limit, checked before a handler runs and so before any signature check: it is
 * cheap and protects the node whoever the caller claims to be. Thrown from {@code preHandle}, the refusal is
 * rendered by the handler's own exception advice, i.e. in the caller's dialect.
 *
 * <p>The address is the servlet remote address. With {@code server.forward-headers-strategy=framework} Spring
 * has already replaced it by the {@code X-Forwarded-For} client, so the gateway must only be reachable through
 * a proxy that sets that header itself; anyone else could pick their own address.
 */
class ClientRateLimitInterceptor implements HandlerInterceptor {

    static final String KEY_PREFIX = "ip:";

    private final RateLimiter limiter;
    private final RateLimit limit;
    private final RateLimitRefusals refusals;

    ClientRateLimitInterceptor(RateLimiter limiter, RateLimit limit, RateLimitRefusals refusals) {
        this.limiter = limiter;
        this.limit = limit;
        this.refusals = refusals;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        RateDecision decision = limiter.tryConsume(KEY_PREFIX + request.getRemoteAddr(), limit);
        if (!decision.allowed()) {
            refusals.client();
            throw new RateLimitedException("too many requests from this client address", decision.retryAfter());
        }
        return true;
    }
}
