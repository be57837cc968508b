package io.payerid.sdk;

/**
 * The gateway's signature algorithms, with the names they carry on the wire ({@code signType}).
 * MD5 and HMAC-SHA256 are WeChat Pay v2's shared-key rule; RSA2 signs with the merchant's private key
 * and is answered with the platform key, so no shared secret exists.
 */
public enum SignType {
    MD5("MD5"),
    HMAC_SHA256("HMAC-SHA256"),
    RSA2("RSA2");

    private final String wireName;

    SignType(String wireName) {
        this.wireName = wireName;
    }

    /** The value sent as {@code signType}. */
    public String wireName() {
        return wireName;
    }
}
