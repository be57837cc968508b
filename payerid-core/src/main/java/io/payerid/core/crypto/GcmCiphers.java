package io.payerid.core.crypto;

import java.security.GeneralSecurityException;
import java.util.concurrent.ArrayBlockingQueue;
import javax.crypto.Cipher;

/**
 * Idle {@code AES/GCM/NoPadding} ciphers kept for reuse, so a seal or open does not pay for a
 * {@code Cipher.getInstance} provider lookup and its allocations. A small shared pool rather than a
 * {@code ThreadLocal}: requests run on virtual threads, one per request, so a per-thread cipher would be
 * built once per request anyway (and kept until the thread dies). Every user re-initialises the cipher
 * with its own key and IV before use, so nothing of one call survives into the next.
 */
final class GcmCiphers {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final ArrayBlockingQueue<Cipher> IDLE =
            new ArrayBlockingQueue<>(Math.max(8, 4 * Runtime.getRuntime().availableProcessors()));

    private GcmCiphers() {
    }

    /** An idle cipher, or a new one when all are in use. */
    static Cipher take() {
        Cipher idle = IDLE.poll();
        return idle != null ? idle : newCipher();
    }

    /** Hands a cipher back; when the pool is full it is left to the garbage collector. */
    static void release(Cipher cipher) {
        IDLE.offer(cipher);
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance(TRANSFORMATION);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(TRANSFORMATION + " unavailable", e);
        }
    }
}
