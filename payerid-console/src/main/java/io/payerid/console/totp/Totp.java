package io.payerid.console.totp;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time passwords as every authenticator app makes them: HMAC-SHA-1, 6 digits, 30-second
 * steps. A code of the previous, current or next step is accepted (clock drift of a phone); which step matched is
 * returned so the caller can refuse that step and every earlier one from then on (no replay).
 */
public final class Totp {

    static final long STEP_SECONDS = 30;
    private static final int DIGITS = 6;
    private static final int MODULUS = 1_000_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    /** A new 160-bit secret (RFC 4226's recommended length for SHA-1). */
    public static byte[] newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return secret;
    }

    public static long stepAt(long epochMillis) {
        return Math.floorDiv(epochMillis / 1000, STEP_SECONDS);
    }

    /** The code of one step, zero-padded to 6 digits. */
    public static String code(byte[] secret, long step) {
        return String.format("%0" + DIGITS + "d", truncate(hmac(secret, step)) % MODULUS);
    }

    /**
     * The step whose code this is, among the steps around {@code epochMillis} later than {@code lastUsedStep};
     * compares every candidate (constant work whatever matched).
     */
    public static OptionalLong matchingStep(byte[] secret, String presented, long epochMillis, long lastUsedStep) {
        if (presented == null || !presented.matches("[0-9]{6}")) {
            return OptionalLong.empty();
        }
        long now = stepAt(epochMillis);
        long matched = -1;
        for (long step = now - 1; step <= now + 1; step++) {
            boolean same = java.security.MessageDigest.isEqual(code(secret, step).getBytes(), presented.getBytes());
            if (same && step > lastUsedStep && matched < 0) {
                matched = step;
            }
        }
        return matched < 0 ? OptionalLong.empty() : OptionalLong.of(matched);
    }

    private static byte[] hmac(byte[] secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            byte[] counter = new byte[8];
            for (int i = 7; i >= 0; i--) {
                counter[i] = (byte) step;
                step >>>= 8;
            }
            return mac.doFinal(counter);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK always has HmacSHA1", e);
        }
    }

    /** RFC 4226 section 5.3 dynamic truncation. */
    private static int truncate(byte[] hash) {
        int offset = hash[hash.length - 1] & 0x0f;
        return ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
    }
}
