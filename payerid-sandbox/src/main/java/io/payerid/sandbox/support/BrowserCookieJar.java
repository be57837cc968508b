package io.payerid.sandbox.support;

import java.net.CookieHandler;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Cookies the way a browser keeps them (RFC 6265), for the simulated in-app browser and test clients:
 * host-only cookies, {@code Path} prefix matching, {@code Max-Age} (servers here always send it; it wins over
 * {@code Expires}, which is ignored), {@code Secure} only
 * over https, and the plain {@code name=value} request header. The JDK's {@link java.net.CookieManager}
 * follows RFC 2965 instead: it quotes values and adds {@code $Version}/{@code $Path} once a cookie has
 * {@code Max-Age}, which no browser does.
 */
public final class BrowserCookieJar extends CookieHandler {

    private record Cookie(String name, String value, String host, String path, Instant expires, boolean secure) {

        boolean matches(URI uri, Instant now) {
            String requestPath = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return host.equalsIgnoreCase(uri.getHost())
                    && pathMatches(requestPath)
                    && (expires == null || now.isBefore(expires))
                    && (!secure || "https".equalsIgnoreCase(uri.getScheme()));
        }

        private boolean pathMatches(String requestPath) {
            return requestPath.equals(path) || requestPath.startsWith(path.endsWith("/") ? path : path + "/");
        }
    }

    private final List<Cookie> cookies = new CopyOnWriteArrayList<>();
    private final Clock clock;

    public BrowserCookieJar() {
        this(Clock.systemUTC());
    }

    public BrowserCookieJar(Clock clock) {
        this.clock = clock;
    }

    /** A cookie the user (or a test) set for {@code origin}'s host, on path {@code /}. */
    public void add(URI origin, String name, String value) {
        store(new Cookie(name, value, origin.getHost(), "/", null, false));
    }

    /** Every stored cookie of that name, whatever its path (for tests that look at what a server set). */
    public List<String> values(String name) {
        return cookies.stream().filter(c -> c.name().equals(name)).map(Cookie::value).toList();
    }

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        Instant now = clock.instant();
        List<Cookie> sent = new ArrayList<>(cookies.stream().filter(c -> c.matches(uri, now)).toList());
        // RFC 6265 §5.4: longer paths first.
        sent.sort(Comparator.comparingInt((Cookie c) -> c.path().length()).reversed());
        if (sent.isEmpty()) {
            return Map.of();
        }
        StringBuilder header = new StringBuilder();
        sent.forEach(c -> header.append(header.isEmpty() ? "" : "; ").append(c.name()).append('=').append(c.value()));
        return Map.of("Cookie", List.of(header.toString()));
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) {
        responseHeaders.forEach((name, values) -> {
            if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                values.forEach(v -> parse(uri, v));
            }
        });
    }

    private void parse(URI uri, String header) {
        String[] parts = header.split(";");
        int eq = parts[0].indexOf('=');
        if (eq <= 0) {
            return;
        }
        String name = parts[0].substring(0, eq).trim();
        String value = parts[0].substring(eq + 1).trim();
        String path = defaultPath(uri);
        Instant expires = null;
        boolean secure = false;
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].trim();
            int at = attribute.indexOf('=');
            String key = (at < 0 ? attribute : attribute.substring(0, at)).trim().toLowerCase(Locale.ROOT);
            String arg = at < 0 ? "" : attribute.substring(at + 1).trim();
            switch (key) {
                case "path" -> path = arg.startsWith("/") ? arg : defaultPath(uri);
                case "max-age" -> expires = arg.matches("-?\\d{1,12}") ? clock.instant().plusSeconds(Long.parseLong(arg)) : expires;
                case "secure" -> secure = true;
                default -> { }
            }
        }
        if (secure && !"https".equalsIgnoreCase(uri.getScheme())) {
            return; // RFC 6265bis: an insecure origin cannot set a Secure cookie
        }
        store(new Cookie(name, value, uri.getHost(), path, expires, secure));
    }

    private void store(Cookie cookie) {
        cookies.removeIf(c -> c.name().equals(cookie.name()) && c.host().equalsIgnoreCase(cookie.host())
                && c.path().equals(cookie.path()));
        if (cookie.expires() == null || clock.instant().isBefore(cookie.expires())) {
            cookies.add(cookie);
        }
    }

    private static String defaultPath(URI uri) {
        String path = uri.getRawPath();
        if (path == null || !path.startsWith("/") || path.lastIndexOf('/') == 0) {
            return "/";
        }
        return path.substring(0, path.lastIndexOf('/'));
    }
}
