package io.payerid.core.redirect;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which hosts and addresses are not on the public internet: loopback, private (RFC 1918), link-local,
 * unspecified, multicast, shared (CGNAT), reserved, IPv6 unique-local, and IPv4 addresses hidden inside
 * IPv6 (IPv4-mapped {@code ::ffff:a.b.c.d}, IPv4-compatible, NAT64, 6to4). A merchant's redirect or
 * callback target pointing there would let a merchant make the gateway (or a payer's browser) reach the
 * operator's own network, so such targets are refused outside development.
 */
public final class NonPublicAddresses {

    private static final Pattern DOTTED_IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern BRACKETED_IPV6 = Pattern.compile("\\[[0-9a-fA-F:.]+]");

    private NonPublicAddresses() {
    }

    /**
     * Why a URI host (as {@link java.net.URI#getHost()} gives it: IPv6 in brackets) is not public, judged
     * without DNS: {@code localhost} and its subdomains (RFC 6761), and IP literals. Empty for a DNS name,
     * whose addresses are only known when it is resolved (see {@link #reason(InetAddress)}).
     */
    public static Optional<String> reasonForHost(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return Optional.of("loopback");
        }
        if (DOTTED_IPV4.matcher(name).matches() || BRACKETED_IPV6.matcher(name).matches()) {
            try {
                // Only literals reach here, so this never queries DNS.
                return reason(InetAddress.getByName(name));
            } catch (UnknownHostException e) {
                return Optional.of("not a valid IP address");
            }
        }
        return Optional.empty();
    }

    /** Why the address is not public, or empty when it is a public unicast address. */
    public static Optional<String> reason(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            Optional<Inet4Address> embedded = embeddedIpv4(v6.getAddress());
            if (embedded.isPresent()) {
                return reason(embedded.get()).map(r -> r + " (IPv4 inside IPv6)");
            }
        }
        if (address.isAnyLocalAddress()) {
            return Optional.of("unspecified");
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("loopback");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("link-local");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("private");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("multicast");
        }
        byte[] b = address.getAddress();
        return b.length == 4 ? ipv4Reason(b) : ipv6Reason(b);
    }

    private static Optional<String> ipv4Reason(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0) {
            return Optional.of("unspecified");
        }
        if (first == 100 && second >= 64 && second <= 127) {
            return Optional.of("shared (carrier-grade NAT)");
        }
        if ((first == 192 && second == 0 && (b[2] & 0xff) == 0) || (first == 198 && (second == 18 || second == 19))
                || first >= 240) {
            return Optional.of("reserved");
        }
        return Optional.empty();
    }

    private static Optional<String> ipv6Reason(byte[] b) {
        if ((b[0] & 0xfe) == 0xfc) {
            return Optional.of("unique-local");
        }
        if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
            return Optional.of("site-local");
        }
        return Optional.empty();
    }

    /** IPv4-compatible ::a.b.c.d (not :: or ::1), NAT64 64:ff9b::/96 and 6to4 2002::/16 carry an IPv4 address. */
    private static Optional<Inet4Address> embeddedIpv4(byte[] b) {
        if (allZero(b, 0, 12) && !(allZero(b, 12, 15) && (b[15] & 0xff) <= 1)) {
            return Optional.of(ipv4(b, 12));
        }
        if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && allZero(b, 4, 12)) {
            return Optional.of(ipv4(b, 12));
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return Optional.of(ipv4(b, 2));
        }
        if (allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return Optional.of(ipv4(b, 12)); // IPv4-mapped, when a resolver hands it over unconverted
        }
        return Optional.empty();
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static Inet4Address ipv4(byte[] b, int offset) {
        try {
            return (Inet4Address) InetAddress.getByAddress(new byte[] {b[offset], b[offset + 1], b[offset + 2], b[offset + 3]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}
