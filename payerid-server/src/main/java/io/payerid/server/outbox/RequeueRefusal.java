package io.payerid.server.outbox;

import java.util.Optional;

/**
 * Why a callback cannot be put back in line: the conditions of {@link CallbackOutbox#requeue}, named, so a page
 * can say why instead of offering a retry that would do nothing.
 */
public enum RequeueRefusal {
    /** Acknowledged already: sending it again would only make the merchant de-duplicate it. */
    DELIVERED,
    /** The retention purge emptied the failed callback's body; there is nothing left to send. */
    BODY_PURGED;

    public static Optional<RequeueRefusal> of(OutboxMessage message) {
        if (message.status() == OutboxStatus.DELIVERED) {
            return Optional.of(DELIVERED);
        }
        return message.body() == null || message.body().isEmpty() ? Optional.of(BODY_PURGED) : Optional.empty();
    }
}
