package io.payerid.core.tenant;

/**
 * One allowed redirect target of a merchant: scheme, exact host, port (-1 = the scheme's default)
 * and a path prefix matched on segment boundaries, or, when {@code wholeOrigin} is set (an operator's
 * explicit choice), every path of the origin. An entry without a prefix that is not whole-origin
 * admits nothing, so a forgotten prefix never silently opens a whole site.
 */
public record WhitelistEntry(String id, String merchantId, String scheme, String host, int port, String pathPrefix,
                             boolean wholeOrigin) {

    /** An entry as code that seeds its own targets states it: no prefix means the whole origin. */
    public WhitelistEntry(String id, String merchantId, String scheme, String host, int port, String pathPrefix) {
        this(id, merchantId, scheme, host, port, pathPrefix, pathPrefix == null || pathPrefix.isEmpty());
    }

    /** The entry as a URL-like string, e.g. {@code https://shop.example.com/pay/}. */
    public String display() {
        return scheme + "://" + host + (port < 0 ? "" : ":" + port) + (pathPrefix == null ? "" : pathPrefix);
    }
}
