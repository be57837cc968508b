package io.payerid.server.outbox;

import io.payerid.core.redirect.NonPublicAddresses;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The callback client's only name resolution: looks a host up once, refuses the whole answer when any
 * address is not public, and hands the connection exactly the addresses it checked. The check and the
 * connect therefore see the same answer, so a DNS name that rebinds to 127.0.0.1 or 169.254.169.254
 * between a check and a second lookup cannot slip through: there is no second lookup.
 */
final class PublicAddressResolver implements DnsResolver {

    /** The system resolver, or a scripted one in tests. */
    @FunctionalInterface
    interface Lookup {
        InetAddress[] all(String host) throws UnknownHostException;
    }

    private final Lookup lookup;
    private final boolean allowNonPublic;

    PublicAddressResolver(Lookup lookup, boolean allowNonPublic) {
        this.lookup = lookup;
        this.allowNonPublic = allowNonPublic;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] addresses = lookup.all(host);
        if (!allowNonPublic) {
            for (InetAddress address : addresses) {
                Optional<String> reason = NonPublicAddresses.reason(address);
                if (reason.isPresent()) {
                    throw new NonPublicTargetException(host, address.getHostAddress(), reason.get());
                }
            }
        }
        return addresses;
    }

    /** No reverse lookups: TLS verifies the name the merchant registered. */
    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }
}
