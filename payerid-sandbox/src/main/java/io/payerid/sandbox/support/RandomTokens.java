package io.payerid.sandbox.support;

import java.security.SecureRandom;

/**
 * Unguessable codes, tokens, tickets and nonces, for every simulator. One {@code nextBytes} call per value (a
 * call per character took the generator's lock 32 times for one nonce); a byte maps to a character only below
 * 248 (4 × 62), so every character is equally likely, and a draw that falls short draws again.
 */
public final class RandomTokens {

    private static final char[] ALPHANUMERIC =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final int UNBIASED_BELOW = 256 - 256 % ALPHANUMERIC.length;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomTokens() {
    }

    /** Letters and digits only, so a value never needs URL-encoding. */
    public static String alphanumeric(int length) {
        char[] chars = new char[length];
        byte[] raw = new byte[length * 2];
        int filled = 0;
        while (filled < length) {
            RANDOM.nextBytes(raw);
            for (int i = 0; i < raw.length && filled < length; i++) {
                if ((raw[i] & 0xFF) < UNBIASED_BELOW) {
                    chars[filled++] = ALPHANUMERIC[(raw[i] & 0xFF) % ALPHANUMERIC.length];
                }
            }
        }
        return new String(chars);
    }
}
