package io.payerid.sandbox.alipay;

/**
 * Which user identifiers an app's oauth.token answers carry. Alipay puts new apps on its OpenID
 * scheme (open_id only); older apps return the 2088 user_id; during the migration both come back.
 */
public enum IdentityMode {
    OPEN_ID,
    USER_ID,
    BOTH;

    boolean returnsOpenId() {
        return this != USER_ID;
    }

    boolean returnsUserId() {
        return this != OPEN_ID;
    }
}
