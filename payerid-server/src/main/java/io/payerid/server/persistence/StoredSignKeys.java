package io.payerid.server.persistence;

import io.payerid.core.crypto.SecretCipher;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.Secret;

/** Institution and app sign keys as stored: encrypted by {@link SecretCipher}, decrypted on the way out. */
final class StoredSignKeys {

    private static final int MAX_SIGN_KEY_ENC = 512;

    private final SecretCipher cipher;

    StoredSignKeys(SecretCipher cipher) {
        this.cipher = cipher;
    }

    String encrypt(Secret signKey) {
        if (signKey == null) {
            return null;
        }
        String enc = cipher.encrypt(signKey.reveal());
        if (enc.length() > MAX_SIGN_KEY_ENC) {
            throw PayerIdException.invalid("signKey is too long");
        }
        return enc;
    }

    Secret decrypt(String stored) {
        return stored == null ? null : Secret.of(cipher.decrypt(stored));
    }
}
