package io.payerid.core.signing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Secret comparison whose duration does not depend on where the inputs differ. */
public final class ConstantTime {

    private ConstantTime() {
    }

    public static boolean equals(String expected, String actual) {
        if (expected == null || actual == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Hex signatures: case-insensitive (senders differ in case) yet constant time. Folds ASCII case with
     * arithmetic, not a branch, and without the four copies lower-casing and encoding both strings cost.
     * Only the length may show, as with {@link MessageDigest#isEqual}; any non-ASCII character is a mismatch
     * (no lower-casing of one could make a hex digit; {@code expected} is always a digest we computed).
     */
    public static boolean equalsHexIgnoreCase(String expected, String actual) {
        if (expected == null || actual == null || expected.length() != actual.length()) {
            return false;
        }
        int difference = 0;
        for (int i = 0; i < expected.length(); i++) {
            difference |= lowerAscii(expected.charAt(i)) ^ lowerAscii(actual.charAt(i));
        }
        return difference == 0;
    }

    /** {@code c} with A-Z mapped to a-z; 32 is added exactly when 'A' <= c <= 'Z', computed without a branch. */
    private static int lowerAscii(char c) {
        int aboveA = ('A' - 1 - c) >>> 31;   // 1 when c >= 'A'
        int belowZ = (c - 'Z' - 1) >>> 31;   // 1 when c <= 'Z'
        return c + ((aboveA & belowZ) << 5);
    }
}
