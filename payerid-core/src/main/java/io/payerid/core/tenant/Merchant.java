package io.payerid.core.tenant;

/** A merchant (商户) under an institution: {@code mchNo} / {@code merchantCode} / {@code merchantId} in the seeds. */
public record Merchant(String id, String institutionId, String mchNo, String name, boolean enabled, long createdAt) {
}
