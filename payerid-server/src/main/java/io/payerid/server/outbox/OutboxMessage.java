package io.payerid.server.outbox;

/**
 * One callback to deliver. {@code id} is the notification id: the same on every attempt, so a
 * receiver can de-duplicate at-least-once deliveries.
 */
public record OutboxMessage(String id, String dialect, String institutionId, String merchantId, String reference,
                            String targetUrl, String body, OutboxStatus status, int attempts, long nextAttemptAt,
                            long createdAt, long updatedAt) {
}
