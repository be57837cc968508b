package io.payerid.console;

import java.security.SecureRandom;

/** Random identifiers and keys the console generates: record ids, app keys, CSRF tokens, demo passwords. */
public final class RandomTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String BASE32 = "0123456789abcdefghjkmnpqrstvwxyz";

    private RandomTokens() {
    }

    /** A 26-character record id, like the tenant tables'. */
    public static String id() {
        return of(BASE32, 26);
    }

    public static String alphanumeric(int length) {
        return of(ALPHANUMERIC, length);
    }

    public static String base32(int length) {
        return of(BASE32, length);
    }

    private static String of(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
