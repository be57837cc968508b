package io.payerid.server.outbox;

/**
 * One callback to deliver. {@code id} is the notification id: the same on every attempt, so a
 * receiver can de-duplicate at-least-once deliveries. {@code appId} is the merchant's public appId it belongs to,
 * null when the dialect named none (or the row predates V20).
 */
public record OutboxMessage(String id, String dialect, String institutionId, String merchantId, String appId,
                            String reference, String targetUrl, String body, OutboxStatus status, int attempts, long nextAttemptAt,
                            long createdAt, long updatedAt) {
}
