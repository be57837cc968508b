package io.payerid.sandbox.unionpay;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reading and extending a userAuth redirectUrl. */
final class RedirectUrls {

    private RedirectUrls() {
    }

    /** The host of an absolute http(s) URL, parsed (not matched) so {@code https://a.example@evil.com/} yields evil.com. */
    static Optional<String> httpHost(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean http = scheme.equals("http") || scheme.equals("https");
            return http ? Optional.ofNullable(uri.getHost()) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * Appends query parameters ('?' or '&' as needed, values percent-encoded so a Base64 code keeps its
     * {@code +}, {@code /} and {@code =}), keeping any fragment last. The result is pure ASCII because it
     * becomes a Location header, which Tomcat drops when it cannot encode it.
     */
    static String withQueryParams(String url, Map<String, String> params) {
        int hash = url.indexOf('#');
        String beforeFragment = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        String separator = !beforeFragment.contains("?") ? "?"
                : beforeFragment.endsWith("?") || beforeFragment.endsWith("&") ? "" : "&";
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String joined = beforeFragment + separator + query + fragment;
        try {
            return new URI(joined).toASCIIString();
        } catch (URISyntaxException e) {
            // Unreachable for a redirectUrl that passed httpHost(); keep the value rather than fail.
            return joined;
        }
    }
}
