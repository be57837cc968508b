package io.payerid.core.tenant;

/** Who a channel configuration belongs to; a merchant's own configuration wins over its institution's. */
public enum OwnerType {
    INSTITUTION,
    MERCHANT
}
