package io.payerid.core.flow;

import io.payerid.core.signing.Digests;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The random value a payer's browser holds (in a cookie) from the flow's entry to its callback, so a
 * callback URL replayed in another browser is refused (RFC 9700 §4.7). Only its hash travels in the
 * sealed state; the value itself is a credential and never appears in logs ({@link #toString()}).
 */
public final class BrowserKey {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final String value;

    private BrowserKey(String value) {
        this.value = value;
    }

    /** 256 random bits, base64url. */
    public static BrowserKey generate() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return new BrowserKey(BASE64URL.encodeToString(raw));
    }

    /** The key a browser sent back; empty when absent or not one we could have issued. */
    public static Optional<BrowserKey> parse(String cookieValue) {
        return cookieValue != null && FORMAT.matcher(cookieValue).matches()
                ? Optional.of(new BrowserKey(cookieValue)) : Optional.empty();
    }

    /** What the browser stores. */
    public String value() {
        return value;
    }

    /** What the seal stores: SHA-256 of the value, base64url. */
    public String hash() {
        return BASE64URL.encodeToString(Digests.sha256(value.getBytes(StandardCharsets.US_ASCII)));
    }

    @Override
    public String toString() {
        return "BrowserKey[***]";
    }
}
