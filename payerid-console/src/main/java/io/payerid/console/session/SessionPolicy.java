package io.payerid.console.session;

import java.time.Duration;

/**
 * How long a console session lives: {@code idleTimeout} after its last request, never longer than
 * {@code maxAge} after login. {@code secureCookies} when the gateway's public URL is https.
 */
public record SessionPolicy(Duration idleTimeout, Duration maxAge, boolean secureCookies) {

    /** A session's cookie is re-sealed with a fresh last-use time at most this often. */
    public static final Duration RENEW_AFTER = Duration.ofMinutes(1);

    public boolean alive(ConsoleSession session, long now) {
        return now - session.lastSeenAt() <= idleTimeout.toMillis() && now - session.issuedAt() <= maxAge.toMillis()
                && session.lastSeenAt() <= now + RENEW_AFTER.toMillis();
    }
}
