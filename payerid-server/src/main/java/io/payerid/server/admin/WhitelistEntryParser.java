package io.payerid.server.admin;

import io.payerid.core.error.PayerIdException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns an operator's whitelist URL ({@code https://shop.example.com/pay/}) into the parts a
 * {@link io.payerid.core.tenant.WhitelistEntry} stores. Strict on purpose, since the entry decides where
 * payers' identities may be sent: http/https only, an explicit DNS host or IP literal (lowercased; no
 * wildcards, no user-info), an optional port (the scheme's default is stored as -1), an optional path
 * prefix without dot-segments, encoded separators or {@code ;} (servlet path parameters escape a prefix),
 * and no query or fragment. IPv4 only in dotted decimal: browsers read {@code 2130706433},
 * {@code 0x7f000001}, {@code 0177.0.0.1} and {@code 127.1} as 127.0.0.1.
 */
public final class WhitelistEntryParser {

    static final int MAX_HOST = 191;
    static final int MAX_PATH = 191;

    private static final Pattern DNS_HOST = Pattern.compile(
            "(?=.{1,191}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");
    private static final Pattern IPV6 = Pattern.compile("\\[[0-9a-f:.]{2,45}]");
    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9\\-._~!$&'()*+,=:@]+)*/?");
    /** A last label a browser reads as (part of) an IPv4 number: 2130706433, 127.1, 0177.0.0.1, 0x7f000001. */
    private static final Pattern NUMERIC_LAST_LABEL = Pattern.compile("(.*\\.)?(0x[0-9a-f]*|[0-9]+)");

    /** The parts of a whitelist entry: port -1 = the scheme's default, pathPrefix "" = any path. */
    public record Target(String scheme, String host, int port, String pathPrefix) {

        public String display() {
            return scheme + "://" + host + (port < 0 ? "" : ":" + port) + pathPrefix;
        }
    }

    private WhitelistEntryParser() {
    }

    /** @throws PayerIdException {@code INVALID_REQUEST} naming what is wrong with the URL */
    public static Target parse(String url) {
        if (url == null || url.isBlank()) {
            throw invalid("url is required");
        }
        if (url.length() > 512) {
            throw invalid("url is too long");
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '\\') {
                throw invalid("url must not contain spaces, backslashes, control or non-ASCII characters"
                        + " (use punycode for international host names)");
            }
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw invalid("url is not a valid URI");
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null || !(scheme.equals("http") || scheme.equals("https"))) {
            throw invalid("url must be an absolute http:// or https:// URL");
        }
        if (uri.isOpaque() || uri.getRawAuthority() == null) {
            throw invalid("url must have a host (scheme://host/...)");
        }
        if (uri.getRawUserInfo() != null || uri.getRawAuthority().contains("@")) {
            throw invalid("url must not contain user info (user@host)");
        }
        if (uri.getRawQuery() != null || url.contains("?")) {
            throw invalid("url must not contain a query");
        }
        if (uri.getRawFragment() != null || url.contains("#")) {
            throw invalid("url must not contain a fragment");
        }
        String host = uri.getHost();
        if (host == null) {
            throw invalid("url host is not a valid host name");
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.length() > MAX_HOST) {
            throw invalid("url host is longer than " + MAX_HOST + " characters");
        }
        if (!IPV4.matcher(host).matches() && NUMERIC_LAST_LABEL.matcher(host).matches()) {
            throw invalid("url host is an IPv4 address in a hex, octal, decimal or shortened form:"
                    + " write it as four decimal numbers (127.0.0.1)");
        }
        if (!(IPV4.matcher(host).matches() || IPV6.matcher(host).matches()
                || (DNS_HOST.matcher(host).matches() && !host.matches("[0-9.]+")))) {
            throw invalid("url host is not a valid host name (no wildcards or trailing dots)");
        }
        int port = uri.getPort();
        if (port == 0 || port > 65535 || (port < 0 && uri.getRawAuthority().endsWith(":"))) {
            throw invalid("url port must be 1-65535");
        }
        if ((scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80)) {
            port = -1;
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (!PATH.matcher(path).matches()) {
            throw invalid("url path may contain only unreserved characters, without ';', empty segments or percent-encoding");
        }
        for (String segment : path.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                throw invalid("url path must not contain . or .. segments");
            }
        }
        if (path.equals("/")) {
            path = "";
        }
        if (path.length() > MAX_PATH) {
            throw invalid("url path is longer than " + MAX_PATH + " characters");
        }
        return new Target(scheme, host, port, path);
    }

    private static PayerIdException invalid(String message) {
        return PayerIdException.invalid(message);
    }
}
