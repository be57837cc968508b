package io.payerid.console.audit;

/**
 * One change: who ({@code actor}: a console username, or {@code api:operator-token}), when (epoch ms), from which
 * address, what ({@code action} such as {@code merchant.create}, {@code target} the natural key) and a
 * {@code detail} naming the changed fields and their non-secret values. Secret values are never recorded, only
 * that they were set.
 */
public record AuditEvent(String id, long occurredAt, String actor, String clientIp, String action, String target,
                         String merchantId, String detail) {
}
