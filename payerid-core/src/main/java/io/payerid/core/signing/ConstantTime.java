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

    /** Hex signatures: case-insensitive (senders differ in case) yet constant time. */
    public static boolean equalsHexIgnoreCase(String expected, String actual) {
        if (expected == null || actual == null) {
            return false;
        }
        return equals(expected.toLowerCase(java.util.Locale.ROOT), actual.toLowerCase(java.util.Locale.ROOT));
    }
}
