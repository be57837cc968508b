package io.payerid.sdk;

/** What the payer is asked for: {@code base} is silent (ids only), {@code userinfo} shows a consent page and returns the profile. */
public enum Scope {
    BASE("base"),
    USERINFO("userinfo");

    private final String wireName;

    Scope(String wireName) {
        this.wireName = wireName;
    }

    /** The value sent as {@code scope}. */
    public String wireName() {
        return wireName;
    }
}
