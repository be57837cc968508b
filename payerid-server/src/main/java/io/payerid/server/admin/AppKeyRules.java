package io.payerid.server.admin;

import io.payerid.core.error.PayerIdException;
import io.payerid.core.signing.RsaSigner;
import io.payerid.core.signing.SignType;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What the admin API accepts as an app's keys and sign types, the same on create and on PATCH. */
final class AppKeyRules {

    static final Duration DEFAULT_OVERLAP = Duration.ofHours(24);
    static final Duration MAX_OVERLAP = Duration.ofDays(7);

    private AppKeyRules() {
    }

    /** The key as plain Base64 of its X.509 encoding, whatever PEM armour or line breaks it came with. */
    static String canonicalPublicKey(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        try {
            return Base64.getEncoder().encodeToString(RsaSigner.publicKey(given).getEncoded());
        } catch (IllegalArgumentException e) {
            throw PayerIdException.invalid("rsaPublicKey: " + e.getMessage());
        }
    }

    /** The defaults when none are requested: MD5 and HMAC-SHA256, plus RSA2 with an RSA key. */
    static Set<SignType> signTypesOrDefault(List<String> requested, boolean hasRsaKey) {
        if (requested == null || requested.isEmpty()) {
            Set<SignType> types = EnumSet.of(SignType.MD5, SignType.HMAC_SHA256);
            if (hasRsaKey) {
                types.add(SignType.RSA2);
            }
            return types;
        }
        return signTypes(requested, hasRsaKey);
    }

    /**
     * Parses each name with {@link SignType#fromWire} (canonical {@code HMAC-SHA256}, alias {@code HMAC_SHA256});
     * RSA2 needs an RSA public key.
     */
    static Set<SignType> signTypes(List<String> requested, boolean hasRsaKey) {
        if (requested.isEmpty()) {
            throw PayerIdException.invalid("signTypes must name at least one sign type");
        }
        Set<SignType> types = EnumSet.noneOf(SignType.class);
        for (String name : requested) {
            types.add(SignType.fromWire(name).orElseThrow(() ->
                    PayerIdException.invalid("signTypes: unknown sign type '" + name + "' (MD5, HMAC-SHA256, RSA2)")));
        }
        if (types.contains(SignType.RSA2) && !hasRsaKey) {
            throw PayerIdException.invalid("signTypes: RSA2 needs rsaPublicKey");
        }
        return types;
    }

    /** How long a rotated-out key keeps verifying: ISO-8601 ({@code PT24H}), from zero up to {@link #MAX_OVERLAP}. */
    static Duration overlap(String given) {
        if (given == null) {
            return DEFAULT_OVERLAP;
        }
        Duration overlap;
        try {
            overlap = Duration.parse(given.trim());
        } catch (DateTimeParseException e) {
            throw PayerIdException.invalid("overlap: not an ISO-8601 duration such as PT24H");
        }
        if (overlap.isNegative() || overlap.compareTo(MAX_OVERLAP) > 0) {
            throw PayerIdException.invalid("overlap: must be between PT0S and P7D");
        }
        return overlap;
    }
}
