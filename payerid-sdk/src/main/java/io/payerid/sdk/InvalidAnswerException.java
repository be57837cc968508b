package io.payerid.sdk;

/**
 * An answer that must not be trusted: missing or wrong signature, stale timestamp, another app's
 * answer, or a body that is not the documented shape. Seeing one means a tampered or replayed URL, a
 * misconfigured key, or a clock far off: never treat its content as an identity.
 */
public final class InvalidAnswerException extends RuntimeException {

    public InvalidAnswerException(String message) {
        super(message);
    }
}
