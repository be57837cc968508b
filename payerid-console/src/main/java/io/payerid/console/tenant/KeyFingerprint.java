package io.payerid.console.tenant;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The SHA-256 fingerprint of a stored RSA public key (Base64 of its X.509 DER, as the admin API keeps it), shown
 * instead of the key itself so an operator can compare it with the merchant's copy at a glance.
 */
final class KeyFingerprint {

    private KeyFingerprint() {
    }

    /** {@code SHA256:ab:cd:…}, or null without a key. */
    static String of(String base64Der) {
        if (base64Der == null) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(base64Der));
            return "SHA256:" + HexFormat.ofDelimiter(":").formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
