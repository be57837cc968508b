package io.payerid.core.tenant;

/**
 * The service provider / ISV (机构) that onboards merchants: {@code orgId}, {@code inst_no} or
 * {@code businessId} in the seed APIs. Its key signs institution-level dialects (seed 002).
 */
public record Institution(String id, String instNo, String name, Secret signKey, long createdAt, long updatedAt) {

    /** A row that has not changed since it was created. */
    public Institution(String id, String instNo, String name, Secret signKey, long createdAt) {
        this(id, instNo, name, signKey, createdAt, createdAt);
    }
}
