package io.payerid.console.login;

import io.payerid.core.ratelimit.RateLimit;
import io.payerid.core.ratelimit.RateLimiter;
import java.time.Duration;
import java.util.Locale;

/**
 * Login attempts per account and per client address, in the gateway's shared token buckets (Redis with several
 * nodes, so a guesser gains nothing by spreading attempts over nodes). Every attempt spends a token, successful
 * or not: the limits are far above what a person needs and far below what guessing needs.
 */
public class LoginThrottle {

    private final RateLimiter limiter;
    private final RateLimit perAccount;
    private final RateLimit perAddress;

    public LoginThrottle(RateLimiter limiter, RateLimit perAccount, RateLimit perAddress) {
        this.limiter = limiter;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
    }

    public static LoginThrottle standard(RateLimiter limiter) {
        return new LoginThrottle(limiter, new RateLimit(10, Duration.ofMinutes(15)), new RateLimit(30, Duration.ofMinutes(15)));
    }

    /** False when this address or this username has used up its attempts; both buckets are asked either way. */
    public boolean allow(String username, String clientIp) {
        boolean address = limiter.tryConsume("console-login-ip:" + clientIp, perAddress).allowed();
        boolean account = limiter.tryConsume("console-login-user:" + username.toLowerCase(Locale.ROOT), perAccount)
                .allowed();
        return address && account;
    }
}
