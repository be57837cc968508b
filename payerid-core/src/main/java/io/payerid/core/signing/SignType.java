package io.payerid.core.signing;

import java.util.Locale;
import java.util.Optional;

/**
 * The signature algorithms a merchant app may use towards the gateway.
 * MD5 and HMAC_SHA256 belong to the {@code k=v&...&key=} family (WeChat Pay v2 style);
 * RSA2 is SHA256withRSA over the same canonical string, Base64-encoded.
 */
public enum SignType {
    MD5("MD5"),
    HMAC_SHA256("HMAC-SHA256"),
    RSA2("RSA2");

    private final String wireName;

    SignType(String wireName) {
        this.wireName = wireName;
    }

    /** The name used on the wire ({@code sign_type=HMAC-SHA256}). */
    public String wireName() {
        return wireName;
    }

    /** Parses wire names leniently: {@code HMAC-SHA256}, {@code hmac_sha256}, {@code RSA2}, {@code SHA256-RSA}. */
    public static Optional<SignType> fromWire(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim().toUpperCase(Locale.ROOT).replace('_', '-');
        return switch (v) {
            case "MD5" -> Optional.of(MD5);
            case "HMAC-SHA256", "HMACSHA256" -> Optional.of(HMAC_SHA256);
            case "RSA2", "SHA256-RSA", "SHA256WITHRSA", "RSA-SHA256" -> Optional.of(RSA2);
            default -> Optional.empty();
        };
    }
}
