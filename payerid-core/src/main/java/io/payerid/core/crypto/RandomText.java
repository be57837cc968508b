package io.payerid.core.crypto;

import java.security.SecureRandom;

/**
 * Random strings over a fixed alphabet (nonces, ids, keys), each drawn with one {@code SecureRandom.nextBytes}
 * call instead of one {@code nextInt} per character: every call takes the generator's lock and, for the
 * platform's default generator, reads the kernel's source, so a 32-character nonce cost 32 of them (3 % of the
 * payment-code API's CPU, measured). Uniform by rejection: a byte maps to {@code b % n} only when it is below the
 * largest multiple of the alphabet's size {@code n} under 256, so no character is likelier than another; the
 * draw carries spare bytes for the rejects, and a draw that still falls short simply draws again.
 */
public final class RandomText {

    public static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    public static final String UPPERCASE_ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private static final SecureRandom SHARED = new SecureRandom();

    private final char[] alphabet;
    private final int acceptBelow;
    private final SecureRandom random;

    private RandomText(String alphabet, SecureRandom random) {
        if (alphabet.length() < 2 || alphabet.length() > 256) {
            throw new IllegalArgumentException("an alphabet has 2 to 256 characters");
        }
        this.alphabet = alphabet.toCharArray();
        this.acceptBelow = 256 - 256 % alphabet.length();
        this.random = random;
    }

    /** Strings over {@code alphabet} from the process's shared generator. */
    public static RandomText over(String alphabet) {
        return new RandomText(alphabet, SHARED);
    }

    /** With a generator of the caller's, so a test can feed it bytes that force a redraw. */
    public static RandomText over(String alphabet, SecureRandom random) {
        return new RandomText(alphabet, random);
    }

    public String next(int length) {
        char[] out = new char[length];
        // A quarter spare: the 62-letter alphabet rejects 8 bytes in 256, so a redraw is about once in 10^8.
        byte[] raw = new byte[length + length / 4 + 8];
        int filled = 0;
        while (filled < length) {
            random.nextBytes(raw);
            for (int i = 0; i < raw.length && filled < length; i++) {
                int b = raw[i] & 0xFF;
                if (b < acceptBelow) {
                    out[filled++] = alphabet[b % alphabet.length];
                }
            }
        }
        return new String(out);
    }
}
