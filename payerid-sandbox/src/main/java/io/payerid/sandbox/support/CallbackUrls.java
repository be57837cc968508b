package io.payerid.sandbox.support;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reading and extending the merchant's callback URL (WeChat's and Alipay's redirect_uri, UnionPay's
 * redirectUrl) the way the upstreams do; which parameters go on it is each simulator's business.
 */
public final class CallbackUrls {

    private CallbackUrls() {
    }

    /**
     * The host of an absolute http(s) URL, or empty when the value is not one. Parsing with
     * {@link URI} (not string matching) means {@code https://merchant.example@evil.com/} yields
     * {@code evil.com}, and malformed tricks such as backslashes are refused outright.
     */
    public static Optional<String> httpHost(String url) {
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
     * Appends query parameters, with '?' or '&' depending on whether the URL already has a
     * query, and keeps any fragment after them: {@code https://m.example/cb?x=1#top} plus
     * code → {@code https://m.example/cb?x=1&code=…#top}. Values are percent-encoded, so a
     * Base64 code keeps its {@code +}, {@code /} and {@code =}.
     *
     * <p>The result is pure ASCII (non-ASCII characters percent-encoded as UTF-8), because it
     * becomes a {@code Location} header and Tomcat silently drops headers it cannot encode.
     */
    public static String withQueryParams(String url, Map<String, String> params) {
        int hash = url.indexOf('#');
        String beforeFragment = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        return toAscii(beforeFragment + separator(beforeFragment) + encode(params) + fragment);
    }

    private static String toAscii(String url) {
        try {
            return new URI(url).toASCIIString();
        } catch (URISyntaxException e) {
            // Unreachable for a callback URL that passed httpHost(); keep the value rather than fail.
            return url;
        }
    }

    private static String separator(String url) {
        if (!url.contains("?")) {
            return "?";
        }
        return url.endsWith("?") || url.endsWith("&") ? "" : "&";
    }

    private static String encode(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
