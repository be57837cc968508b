package io.payerid.server.persistence;

import io.payerid.core.crypto.RandomText;
import java.security.SecureRandom;

/**
 * Application-generated primary keys: 26 characters of Crockford base32, ULID-like — 48 bits of
 * epoch milliseconds followed by 80 random bits — so ids sort roughly by creation time and never
 * need a database sequence (identical on H2, PostgreSQL and MariaDB).
 */
public final class Ids {

    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final RandomText BASE32 = RandomText.over(new String(ALPHABET), RANDOM);
    private static final RandomText ALPHANUMERIC = RandomText.over(RandomText.ALPHANUMERIC, RANDOM);

    private Ids() {
    }

    /** A new 26-character id, lowercase Crockford base32. */
    public static String newId() {
        return newId(System.currentTimeMillis());
    }

    static String newId(long epochMillis) {
        char[] out = new char[26];
        long time = epochMillis & 0xFFFF_FFFF_FFFFL;
        // 48 bits of time -> 10 characters (the first carries only 3 bits)
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (time & 31)];
            time >>>= 5;
        }
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        // 80 random bits -> 16 characters
        long hi = 0;
        for (int i = 0; i < 5; i++) {
            hi = (hi << 8) | (random[i] & 0xFF);
        }
        long lo = 0;
        for (int i = 5; i < 10; i++) {
            lo = (lo << 8) | (random[i] & 0xFF);
        }
        for (int i = 17; i >= 10; i--) {
            out[i] = ALPHABET[(int) (hi & 31)];
            hi >>>= 5;
        }
        for (int i = 25; i >= 18; i--) {
            out[i] = ALPHABET[(int) (lo & 31)];
            lo >>>= 5;
        }
        return new String(out);
    }

    /** {@code length} random characters of lowercase Crockford base32 (5 bits each). */
    public static String randomBase32(int length) {
        return BASE32.next(length);
    }

    /** {@code length} random characters of {@code [A-Za-z0-9]} (about 5.95 bits each), e.g. a signing key. */
    public static String randomAlphanumeric(int length) {
        return ALPHANUMERIC.next(length);
    }
}
