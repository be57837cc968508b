package io.payerid.sdk;

/**
 * The gateway could not be reached or did not answer in time (connection refused, timeout, interrupted).
 * Unchecked like the SDK's other failures; the message names the endpoint so operators know what failed.
 */
public final class PayerIdTransportException extends RuntimeException {

    public PayerIdTransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
