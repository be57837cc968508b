package io.payerid.server.oauth;

import io.payerid.core.flow.BrowserKey;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The {@code Set-Cookie} value of a flow's browser key (see {@link BrowserBinding} for the attributes' reasons),
 * written the way Spring's {@code ResponseCookie} writes it, character for character, but without its builder
 * and with the {@code Expires} date formatted once per second instead of once per flow: on the redirect entry
 * the builder and the date formatting were 6% of the CPU samples. {@code Expires} is kept beside
 * {@code Max-Age} for the in-app browsers that still read only the former (RFC 6265 §5.3 lets Max-Age win).
 */
final class FlowCookie {

    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private final InstantSource clock;
    private final long maxAgeSeconds;
    private final String flags;
    private volatile Expiry expiry = new Expiry(Long.MIN_VALUE, "");

    /** The Expires text for flows started during one second of the clock. */
    private record Expiry(long startSecond, String text) {
    }

    FlowCookie(InstantSource clock, long maxAgeSeconds, boolean secure) {
        this.clock = clock;
        this.maxAgeSeconds = maxAgeSeconds;
        this.flags = (secure ? "; Secure" : "") + "; HttpOnly; SameSite=Lax";
    }

    /** The header value that gives {@code key} to the browser for {@code callbackPath} only. */
    String setCookie(BrowserKey key, String callbackPath) {
        return BrowserBinding.COOKIE + "=" + key.value() + "; Path=" + callbackPath + "; Max-Age=" + maxAgeSeconds
                + "; Expires=" + expires() + flags;
    }

    private String expires() {
        long now = clock.millis() / 1000;
        Expiry current = expiry;
        if (current.startSecond() != now) {
            current = new Expiry(now, HTTP_DATE.format(Instant.ofEpochSecond(now + maxAgeSeconds)));
            expiry = current;
        }
        return current.text();
    }
}
