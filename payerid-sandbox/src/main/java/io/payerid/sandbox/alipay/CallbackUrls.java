package io.payerid.sandbox.alipay;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Appending Alipay's callback parameters to the merchant's redirect_uri. */
final class CallbackUrls {

    private CallbackUrls() {
    }

    /**
     * Appends query parameters with '?' or '&' and keeps a fragment after them. The result is ASCII
     * (non-ASCII percent-encoded as UTF-8) because it becomes a {@code Location} header, which Tomcat
     * silently drops when it cannot encode it.
     */
    static String withQueryParams(String url, Map<String, String> params) {
        int hash = url.indexOf('#');
        String beforeFragment = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return toAscii(beforeFragment + separator(beforeFragment) + query + fragment);
    }

    private static String separator(String url) {
        if (!url.contains("?")) {
            return "?";
        }
        return url.endsWith("?") || url.endsWith("&") ? "" : "&";
    }

    private static String toAscii(String url) {
        try {
            return new URI(url).toASCIIString();
        } catch (URISyntaxException e) {
            // Unreachable for a redirect_uri that passed the validator; keep the value rather than fail.
            return url;
        }
    }
}
