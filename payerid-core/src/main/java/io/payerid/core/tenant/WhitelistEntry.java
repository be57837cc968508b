package io.payerid.core.tenant;

/**
 * One allowed redirect target of a merchant: scheme, exact host, port (-1 = the scheme's default)
 * and an optional path prefix matched on segment boundaries.
 */
public record WhitelistEntry(String id, String merchantId, String scheme, String host, int port, String pathPrefix) {

    /** The entry as a URL-like string, e.g. {@code https://shop.example.com/pay/}. */
    public String display() {
        return scheme + "://" + host + (port < 0 ? "" : ":" + port) + (pathPrefix == null ? "" : pathPrefix);
    }
}
