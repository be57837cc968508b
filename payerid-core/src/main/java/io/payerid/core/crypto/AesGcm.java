package io.payerid.core.crypto;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM with a fresh 96-bit IV per message, output {@code iv || ciphertext || tag}.
 * Associated data binds a ciphertext to its purpose and key id, so a blob sealed for one use
 * cannot be replayed as another. Ciphers come from {@link GcmCiphers}; the output is written straight
 * into its final array (no intermediate buffer).
 */
public final class AesGcm {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AesGcm() {
    }

    public static byte[] encrypt(SecretKey key, byte[] plaintext, byte[] associatedData) {
        byte[] out = new byte[IV_BYTES + plaintext.length + TAG_BITS / 8];
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        System.arraycopy(iv, 0, out, 0, IV_BYTES);
        Cipher cipher = GcmCiphers.take();
        try {
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData);
            cipher.doFinal(plaintext, 0, plaintext.length, out, IV_BYTES);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        } finally {
            GcmCiphers.release(cipher);
        }
    }

    /** Empty when the input is too short, was tampered with, or belongs to another key or purpose. */
    public static Optional<byte[]> decrypt(SecretKey key, byte[] ivAndCiphertext, byte[] associatedData) {
        if (ivAndCiphertext.length < IV_BYTES + TAG_BITS / 8) {
            return Optional.empty();
        }
        Cipher cipher = GcmCiphers.take();
        try {
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, ivAndCiphertext, 0, IV_BYTES));
            cipher.updateAAD(associatedData);
            return Optional.of(cipher.doFinal(ivAndCiphertext, IV_BYTES, ivAndCiphertext.length - IV_BYTES));
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        } finally {
            GcmCiphers.release(cipher);
        }
    }
}
