package io.payerid.core.redirect;

import io.payerid.core.tenant.WhitelistEntry;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a redirect target belongs to a merchant. Strict by design: an absolute http(s) URI
 * that parses under RFC 3986, no user-info, the host equal (case-insensitively) to an entry's host —
 * never a suffix match — the same effective port, and the path inside the entry's prefix on a segment
 * boundary. Everything else (protocol-relative {@code //evil.com}, {@code javascript:}, backslashes,
 * dot-segments, control characters) is refused. A target matched by a path prefix must not carry a
 * {@code ;} (raw or {@code %3B}) in its path: Tomcat and Spring treat {@code /pay/..;/admin/} as path
 * parameters and route it to {@code /admin/}, outside the prefix the merchant meant (nor an encoded
 * {@code %25}, which a backend decoding twice turns into the same).
 */
public final class RedirectWhitelist {

    private final List<WhitelistEntry> entries;

    public RedirectWhitelist(List<WhitelistEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public boolean allows(String candidate) {
        return parse(candidate).filter(uri -> entries.stream().anyMatch(e -> matches(e, uri))).isPresent();
    }

    /** The parsed target when it is a well-formed absolute http(s) URI without user-info. */
    static Optional<URI> parse(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > 2048 || hasForbiddenChar(candidate)) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(candidate);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            return Optional.empty();
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.isOpaque()) {
            return Optional.empty();
        }
        String path = uri.getRawPath();
        if (path != null && (path.contains("/../") || path.endsWith("/..") || path.contains("/./")
                || path.endsWith("/.") || path.toLowerCase(Locale.ROOT).contains("%2e") || path.contains("%2f")
                || path.contains("%2F") || path.contains("%5c") || path.contains("%5C"))) {
            return Optional.empty();
        }
        return Optional.of(uri);
    }

    private static boolean hasForbiddenChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= 0x20 || c == 0x7f || c == '\\') {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(WhitelistEntry entry, URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals(entry.scheme().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (!uri.getHost().toLowerCase(Locale.ROOT).equals(entry.host().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (effectivePort(scheme, uri.getPort()) != effectivePort(scheme, entry.port())) {
            return false;
        }
        return entry.wholeOrigin() || pathWithin(uri.getRawPath(), entry.pathPrefix());
    }

    private static int effectivePort(String scheme, int port) {
        if (port >= 0) {
            return port;
        }
        return scheme.equals("https") ? 443 : 80;
    }

    /** "/pay" admits "/pay" and "/pay/x" but not "/payments"; "/pay/" admits "/pay/x"; no prefix admits nothing. */
    private static boolean pathWithin(String rawPath, String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return false;
        }
        if (prefix.equals("/")) {
            return true;
        }
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        if (hasPathParameter(path)) {
            return false;
        }
        if (prefix.endsWith("/")) {
            return path.startsWith(prefix);
        }
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    /**
     * Path parameters ({@code ;jsessionid=…}, {@code ..;}) let servlet containers route outside the prefix;
     * an encoded percent ({@code %253B}, {@code %252e}) does the same on a backend that decodes twice.
     */
    private static boolean hasPathParameter(String rawPath) {
        String lower = rawPath.toLowerCase(Locale.ROOT);
        return lower.indexOf(';') >= 0 || lower.contains("%3b") || lower.contains("%25");
    }
}
