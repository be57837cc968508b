package io.payerid.server.outbox;

/** PENDING until acknowledged (DELIVERED) or the retry schedule is exhausted (FAILED). */
public enum OutboxStatus {
    PENDING,
    DELIVERED,
    FAILED
}
