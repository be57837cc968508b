package io.payerid.core.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.SecretKey;

/**
 * Encrypts secrets for storage: {@code v1:<keyId>:<base64(iv||ct||tag)>}. The key id in the text
 * lets rotated master keys keep decrypting what older ones wrote.
 */
public final class SecretCipher {

    private static final String PREFIX = "v1:";
    private static final byte[] AAD = "payerid.secret.v1".getBytes(StandardCharsets.US_ASCII);

    private final KeyRing keys;

    public SecretCipher(KeyRing keys) {
        this.keys = keys;
    }

    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        byte[] sealed = AesGcm.encrypt(keys.current(), plaintext.getBytes(StandardCharsets.UTF_8), AAD);
        return PREFIX + keys.currentId() + ":" + Base64.getEncoder().encodeToString(sealed);
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("stored secret is not in the v1 format");
        }
        int colon = stored.indexOf(':', PREFIX.length());
        if (colon < 0) {
            throw new IllegalStateException("stored secret has no key id");
        }
        String keyId = stored.substring(PREFIX.length(), colon);
        SecretKey key = keys.byId(keyId)
                .orElseThrow(() -> new IllegalStateException("secret was encrypted under unknown key id " + keyId));
        byte[] blob = Base64.getDecoder().decode(stored.substring(colon + 1));
        return AesGcm.decrypt(key, blob, AAD)
                .map(b -> new String(b, StandardCharsets.UTF_8))
                .orElseThrow(() -> new IllegalStateException("stored secret does not decrypt under key " + keyId));
    }
}
