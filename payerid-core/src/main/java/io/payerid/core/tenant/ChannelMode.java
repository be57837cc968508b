package io.payerid.core.tenant;

/**
 * Direct (the merchant's own account), service-provider mode (the institution's account, with sub ids), or
 * component: the merchant's WeChat account reached through the institution's third-party platform.
 */
public enum ChannelMode {
    DIRECT,
    SERVICE_PROVIDER,
    /** Via the institution's WeChat third-party platform (WECHAT_OA, WECHAT_MINIAPP only). */
    COMPONENT
}
