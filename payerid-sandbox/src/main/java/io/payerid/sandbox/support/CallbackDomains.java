package io.payerid.sandbox.support;

import java.util.List;
import java.util.Locale;

/**
 * The domains an app or merchant has registered for its callbacks (WeChat's 网页授权域名, UnionPay's
 * redirect domains): a callback host is allowed when it equals one of them, case-insensitively and
 * regardless of port, as the upstreams compare.
 */
public final class CallbackDomains {

    private CallbackDomains() {
    }

    /** The registered domains in compared form; none when {@code domains} is null. */
    public static List<String> normalizeAll(List<String> domains) {
        return domains == null ? List.of() : domains.stream().map(CallbackDomains::normalize).toList();
    }

    /** True when a callback on {@code host} is allowed by domains from {@link #normalizeAll}. */
    public static boolean allows(List<String> normalizedDomains, String host) {
        return host != null && normalizedDomains.contains(normalize(host));
    }

    /** "Merchant.Example:8443" → "merchant.example"; an IPv6 literal keeps its brackets. */
    static String normalize(String domain) {
        String host = domain == null ? "" : domain.trim().toLowerCase(Locale.ROOT);
        int colon = host.lastIndexOf(':');
        boolean ipv6Literal = host.startsWith("[");
        if (colon >= 0 && (!ipv6Literal || host.lastIndexOf(']') < colon)) {
            host = host.substring(0, colon);
        }
        return host;
    }
}
