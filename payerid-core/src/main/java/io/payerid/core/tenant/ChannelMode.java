package io.payerid.core.tenant;

/** Direct (the merchant's own account) or service-provider mode (the institution's account, with sub ids). */
public enum ChannelMode {
    DIRECT,
    SERVICE_PROVIDER
}
