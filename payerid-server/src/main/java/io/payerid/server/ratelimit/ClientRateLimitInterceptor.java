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
 * rendered by the handler's own exception advice, i.e. in the caller's dialect. The redirect entry's own
 * servlet ({@code oauth.AuthorizeEntryServlet}) calls {@link #check} itself, for the same reason.
 *
 * <p>The address is the servlet remote address. With {@code server.forward-headers-strategy=framework} Spring
 * has already replaced it by the {@code X-Forwarded-For} client, so the gateway must only be reachable through
 * a proxy that sets that header itself; anyone else could pick their own address.
 */
public class ClientRateLimitInterceptor implements HandlerInterceptor {

    static final String KEY_PREFIX = "ip:";

    private final boolean enabled;
    private final RateLimiter limiter;
    private final RateLimit limit;
    private final RateLimitRefusals refusals;

    ClientRateLimitInterceptor(boolean enabled, RateLimiter limiter, RateLimit limit, RateLimitRefusals refusals) {
        this.enabled = enabled;
        this.limiter = limiter;
        this.limit = limit;
        this.refusals = refusals;
    }

    boolean enabled() {
        return enabled;
    }

    /**
     * Counts one request from the client's address; nothing when limits are off.
     *
     * @throws RateLimitedException when that address is over its limit
     */
    public void check(HttpServletRequest request) {
        if (!enabled) {
            return;
        }
        RateDecision decision = limiter.tryConsume(KEY_PREFIX + request.getRemoteAddr(), limit);
        if (!decision.allowed()) {
            refusals.client();
            throw new RateLimitedException("too many requests from this client address", decision.retryAfter());
        }
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        check(request);
        return true;
    }
}
