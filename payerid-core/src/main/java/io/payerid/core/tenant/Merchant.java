package io.payerid.core.tenant;

/** A merchant (商户) under an institution: {@code mchNo} / {@code merchantCode} / {@code merchantId} in the seeds. */
public record Merchant(String id, String institutionId, String mchNo, String name, boolean enabled, long createdAt,
                       long updatedAt) {

    /** A row that has not changed since it was created. */
    public Merchant(String id, String institutionId, String mchNo, String name, boolean enabled, long createdAt) {
        this(id, institutionId, mchNo, name, enabled, createdAt, createdAt);
    }
}
