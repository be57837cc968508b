package io.payerid.server.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * A merchant system calling the gateway as it called api.weixin.qq.com: plain HTTP, query parameters
 * encoded, answers kept raw (key order matters: the seed's examples fix it) and parsed.
 */
final class WxCompatClient {

    /** An answer: HTTP status, the raw body, its fields, and the headers. */
    record Answer(int status, String raw, Map<String, Object> body, HttpResponse<String> response) {

        int errcode() {
            return ((Number) body.get("errcode")).intValue();
        }

        String errmsg() {
            return (String) body.get("errmsg");
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String root;

    /** {@code root}: the gateway's base URL plus the configured path prefix, if any. */
    WxCompatClient(String root) {
        this.root = root;
    }

    Answer get(String path, Map<String, String> query) {
        return send(HttpRequest.newBuilder(URI.create(root + path + (query.isEmpty() ? "" : "?" + query(query)))).GET());
    }

    /** A path with a query written by hand (repeated or odd parameters). */
    Answer getRaw(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(root + pathAndQuery)).GET());
    }

    Answer post(String path, Map<String, String> query, String json) {
        return send(HttpRequest.newBuilder(URI.create(root + path + (query.isEmpty() ? "" : "?" + query(query))))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer method(String method, String path) {
        return send(HttpRequest.newBuilder(URI.create(root + path)).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** {@code GET /cgi-bin/token} with the app's appId and signKey; the token, after checking the answer's shape. */
    String token(String appid, String secret) {
        Answer answer = get("/cgi-bin/token", Map.of("grant_type", "client_credential", "appid", appid, "secret", secret));
        assertThat(answer.body()).as(answer.raw()).containsKey("access_token");
        return (String) answer.body().get("access_token");
    }

    /** The seed's HTTPS call, by transaction_id. */
    Answer paidUnionId(String accessToken, String openid, String transactionId) {
        return get("/wxa/getpaidunionid", ordered("access_token", accessToken, "openid", openid,
                "transaction_id", transactionId));
    }

    static Map<String, String> ordered(String... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    private static String query(Map<String, String> query) {
        return query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    @SuppressWarnings("unchecked")
    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Map<String, Object> body = response.body().isEmpty() ? Map.of() : JSON.readValue(response.body(), Map.class);
            return new Answer(response.statusCode(), response.body(), body, response);
        } catch (IOException e) {
            throw new AssertionError("request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
