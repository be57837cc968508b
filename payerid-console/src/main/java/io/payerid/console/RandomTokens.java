package io.payerid.console;

import io.payerid.core.crypto.RandomText;

/** Random identifiers and keys the console generates: record ids, app keys, CSRF tokens, demo passwords. */
public final class RandomTokens {

    private static final RandomText ALPHANUMERIC = RandomText.over(RandomText.ALPHANUMERIC);
    private static final RandomText BASE32 = RandomText.over("0123456789abcdefghjkmnpqrstvwxyz");

    private RandomTokens() {
    }

    /** A 26-character record id, like the tenant tables'. */
    public static String id() {
        return BASE32.next(26);
    }

    public static String alphanumeric(int length) {
        return ALPHANUMERIC.next(length);
    }

    public static String base32(int length) {
        return BASE32.next(length);
    }
}
