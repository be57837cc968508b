package io.payerid.server.dialect.exchange;

/**
 * PENDING: link issued, nobody authorized yet. AUTHORIZED: identity known, callback enqueued (final).
 * FAILED: the last attempt failed (refused, expired code…); the link can be opened again until it expires.
 */
public enum ExchangeAuthRequestStatus {
    PENDING,
    AUTHORIZED,
    FAILED
}
