package io.payerid.core.flow;

import java.security.SecureRandom;

/**
 * Flow ids: 22 characters uniform over {@code [A-Za-z0-9]} (131 bits), drawn from one
 * {@code SecureRandom.nextBytes} call instead of one {@code nextInt} per character (each call takes the
 * generator's lock). Uniform by rejection: a byte maps to {@code b % 62} only when {@code b < 248}
 * (4 × 62), so no character is likelier than another. 32 bytes leave 10 spare for rejects; a draw that
 * still falls short (about once in 3 × 10⁸ ids) simply draws again.
 */
final class FlowIds {

    static final int LENGTH = 22;
    private static final char[] ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final int ACCEPT_BELOW = 256 - 256 % ALPHANUMERIC.length;
    private static final int DRAW = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private FlowIds() {
    }

    static String next() {
        return fromRandomBytes(RANDOM);
    }

    /** Package-private with the generator as a parameter, so a test can feed it bytes that force a redraw. */
    static String fromRandomBytes(SecureRandom random) {
        char[] out = new char[LENGTH];
        byte[] raw = new byte[DRAW];
        int filled = 0;
        while (filled < LENGTH) {
            random.nextBytes(raw);
            for (int i = 0; i < DRAW && filled < LENGTH; i++) {
                int b = raw[i] & 0xFF;
                if (b < ACCEPT_BELOW) {
                    out[filled++] = ALPHANUMERIC[b % ALPHANUMERIC.length];
                }
            }
        }
        return new String(out);
    }
}
