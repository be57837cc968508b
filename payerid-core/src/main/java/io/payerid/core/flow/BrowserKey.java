package io.payerid.core.flow;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return BASE64URL.encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "BrowserKey[***]";
    }
}
