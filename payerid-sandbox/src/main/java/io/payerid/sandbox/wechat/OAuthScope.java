package io.payerid.sandbox.wechat;

import java.util.Arrays;
import java.util.Optional;

/** The two scopes of Official Account web authorization. */
public enum OAuthScope {

    /** Silent: the callback comes straight back, openid only. */
    SNSAPI_BASE("snsapi_base"),

    /** Consent page first; the token may then call /sns/userinfo. */
    SNSAPI_USERINFO("snsapi_userinfo");

    private final String wireName;

    OAuthScope(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<OAuthScope> fromWireName(String value) {
        return Arrays.stream(values()).filter(scope -> scope.wireName.equals(value)).findFirst();
    }
}
