package io.payerid.sandbox.wechat;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Unguessable codes, tokens and request ids. */
final class RandomTokens {

    private static final char[] ALPHANUMERIC =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomTokens() {
    }

    /** Letters and digits only, so a value never needs URL-encoding. */
    static String alphanumeric(int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = ALPHANUMERIC[RANDOM.nextInt(ALPHANUMERIC.length)];
        }
        return new String(chars);
    }

    /** Shaped like WeChat's request ids, e.g. {@code 66b5fb8f-1b2c3d4e-0a1b2c3d}. */
    static String rid() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        String hex = HexFormat.of().formatHex(bytes);
        return hex.substring(0, 8) + "-" + hex.substring(8, 16) + "-" + hex.substring(16, 24);
    }
}
