package io.payerid.server.outbox;

/**
 * One try at delivering a callback.
 *
 * @param httpStatus null when the receiver did not answer (refused, timed out)
 * @param outcome    DELIVERED (acknowledged), REJECTED (answered, but not the acknowledgement), ERROR (no answer),
 *                   REFUSED (the target resolves to a non-public address: not sent, not retried)
 * @param detail     a short excerpt of the answer or the error, for operators
 */
public record DeliveryAttempt(String notificationId, int attemptNo, long attemptedAt, Integer httpStatus,
                              Outcome outcome, String detail) {

    public enum Outcome {
        DELIVERED,
        REJECTED,
        ERROR,
        REFUSED
    }
}
