package io.payerid.sandbox.support;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plain HTTP to a sandbox on 127.0.0.1, as every simulator's tests speak it: redirects are never followed
 * (so every Location can be asserted), a failed exchange is an assertion error, and the URL, form and
 * JSON helpers are written independently of the sandbox's own.
 */
public final class SandboxHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SandboxHttp() {
    }

    /** Sends the request with {@code timeout}; the body is read as UTF-8. */
    public static HttpResponse<String> send(HttpRequest.Builder request, Duration timeout) {
        HttpRequest built = request.timeout(timeout).build();
        try {
            return HTTP.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("request to the sandbox failed: " + built.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    public static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("no Location, status " + response.statusCode() + ": " + response.body()));
    }

    /** {@code k=v&…}, names and values URL-encoded: a query string or a form body. */
    public static String query(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The query parameters of a URL, decoded (fragment ignored). */
    public static Map<String, String> queryOf(String url) {
        String withoutFragment = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
        int question = withoutFragment.indexOf('?');
        Map<String, String> params = new LinkedHashMap<>();
        if (question < 0) {
            return params;
        }
        for (String pair : withoutFragment.substring(question + 1).split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return params;
    }

    /** The first group of {@code pattern} in {@code text}, which must match. */
    public static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseJson(String json) {
        return JSON.readValue(json, Map.class);
    }
}
