package io.payerid.server.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * Embedded mode's generated secrets: created once in the data directory (owner-only permissions)
 * and reused on every start, so a restart keeps decrypting what it stored.
 */
public final class EmbeddedSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private EmbeddedSecrets() {
    }

    public static String readOrCreate(Path file, Supplier<String> generator) {
        try {
            if (Files.exists(file)) {
                OwnerOnlyFiles.restrictExisting(file);
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            String value = generator.get();
            OwnerOnlyFiles.write(file, value + "\n");
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }

    public static String randomBase64(int bytes) {
        byte[] raw = new byte[bytes];
        RANDOM.nextBytes(raw);
        return Base64.getEncoder().encodeToString(raw);
    }

    public static String randomToken(int bytes) {
        byte[] raw = new byte[bytes];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }
}
