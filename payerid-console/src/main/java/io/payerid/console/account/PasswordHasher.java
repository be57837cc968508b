package io.payerid.console.account;

import io.payerid.console.RandomTokens;
import io.payerid.core.signing.ConstantTime;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes, {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}. Chosen over Argon2id
 * or bcrypt because the JDK has it (no new dependency, FIPS-approved) and it is what OWASP lists for FIPS
 * settings, at 600,000 iterations; the count is stored in each hash, so raising it later re-hashes nobody by
 * force and old hashes keep verifying. Comparison is constant-time.
 */
public final class PasswordHasher {

    public static final int DEFAULT_ITERATIONS = 600_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    /** A hash of a random password, checked when the account does not exist so both cases cost the same. */
    private volatile String decoy;
    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    public PasswordHasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.iterations = iterations;
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(derive(password, salt, iterations));
    }

    /** False for a wrong password and for a stored value that is not one of our hashes. */
    public boolean matches(String password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (password == null || parts.length != 4 || !parts[0].equals(PREFIX)) {
            return false;
        }
        try {
            int rounds = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            String actual = Base64.getEncoder().withoutPadding().encodeToString(derive(password, salt, rounds));
            return ConstantTime.equals(parts[3], actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Spends the time of one verification, for a login whose account does not exist. */
    public void burnOneVerification(String password) {
        if (decoy == null) {
            decoy = hash(RandomTokens.alphanumeric(24));
        }
        matches(password == null ? "" : password, decoy);
    }

    private static byte[] derive(String password, byte[] salt, int rounds) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, rounds, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }
}
