package io.payerid.channels.http;

import java.time.Duration;

/**
 * How every upstream HTTP client (WxJava's, WxJava Pay's, the Alipay SDK's, our UnionPay and WeChat Pay
 * clients) connects: pool bounds and timeouts. Requests run on virtual threads, so the pool, not a thread
 * pool, is what bounds concurrent upstream calls; Apache HttpClient's own default of 2 connections per
 * route would queue all but two of them behind a slow upstream.
 *
 * @param maxConnectionsPerRoute concurrent connections to one upstream host (one route)
 * @param maxConnectionsTotal    concurrent connections to all upstream hosts of one pool
 * @param connectTimeout         TCP connect, and the longest wait for a free pooled connection
 * @param readTimeout            the longest silence while waiting for an answer
 */
public record UpstreamHttpSettings(int maxConnectionsPerRoute, int maxConnectionsTotal,
                                   Duration connectTimeout, Duration readTimeout) {

    /** Enough for thousands of payers waiting on a slow upstream at once; see README "Upstream HTTP clients". */
    public static final UpstreamHttpSettings DEFAULTS =
            new UpstreamHttpSettings(5_000, 10_000, Duration.ofSeconds(3), Duration.ofSeconds(8));

    public UpstreamHttpSettings {
        if (maxConnectionsPerRoute < 1 || maxConnectionsTotal < maxConnectionsPerRoute) {
            throw new IllegalArgumentException("need 1 <= max-connections-per-route <= max-connections-total, got "
                    + maxConnectionsPerRoute + " and " + maxConnectionsTotal);
        }
        if (connectTimeout == null || connectTimeout.isNegative() || connectTimeout.isZero()
                || readTimeout == null || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("upstream connect-timeout and read-timeout must be positive");
        }
    }

    public int connectTimeoutMillis() {
        return Math.toIntExact(connectTimeout.toMillis());
    }

    public int readTimeoutMillis() {
        return Math.toIntExact(readTimeout.toMillis());
    }
}
