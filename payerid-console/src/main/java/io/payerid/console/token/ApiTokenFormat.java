package io.payerid.console.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The shape of an API token: {@code pid_} and 43 base64url characters (256 random bits). The fixed prefix lets
 * secret scanners and log guards recognise a leaked token. Stored only as SHA-256: a slow password hash protects
 * guessable secrets, and 256 random bits cannot be guessed, so the fast hash costs nothing in safety and lets the
 * admin API look a token up by its hash with one indexed query on every request.
 */
public final class ApiTokenFormat {

    public static final String PREFIX = "pid_";
    /** A whole token; anything else is refused before the database is asked. */
    public static final Pattern SHAPE = Pattern.compile("pid_[A-Za-z0-9_-]{43}");
    /** How much of the value lists show: the prefix and 6 characters (36 bits, not enough to help a guess). */
    static final int SHOWN = PREFIX.length() + 6;

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokenFormat() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static boolean looksLikeToken(String presented) {
        return presented != null && SHAPE.matcher(presented).matches();
    }

    /** The lowercase hex SHA-256 of the token's UTF-8 bytes: what the database keeps and is searched by. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    static String shownPart(String token) {
        return token.substring(0, SHOWN);
    }
}
