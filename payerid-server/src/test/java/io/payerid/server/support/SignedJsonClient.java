package io.payerid.server.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * A merchant server calling the native signed-JSON APIs: adds appId, mchNo, timestamp and nonce, signs
 * with {@link MerchantClient}'s README-only MD5 rule (independent of the gateway's signers), posts JSON.
 */
public final class SignedJsonClient {

    /** An answer: HTTP status, the body's fields as strings, and the raw text. */
    public record Answer(int status, Map<String, String> body, String raw, HttpResponse<String> response) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String appId;
    private final String mchNo;
    private final MerchantClient signer;

    public SignedJsonClient(String baseUrl, String appId, String mchNo, String key) {
        this.baseUrl = baseUrl;
        this.appId = appId;
        this.mchNo = mchNo;
        this.signer = new MerchantClient(baseUrl, appId, mchNo, key);
    }

    /** Signs {@code fields} plus the envelope and posts them to {@code path}. */
    public Answer post(String path, Map<String, String> fields) {
        return postJson(path, JSON.writeValueAsString(signed(fields)));
    }

    public Map<String, String> signed(Map<String, String> fields) {
        Map<String, String> params = new TreeMap<>(fields);
        params.put("appId", appId);
        params.put("mchNo", mchNo);
        params.put("timestamp", Long.toString(System.currentTimeMillis() / 1000));
        params.put("nonce", UUID.randomUUID().toString().replace("-", ""));
        return signer.signMd5(params);
    }

    public Answer postJson(String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), parse(response.body()), response.body(), response);
        } catch (IOException e) {
            throw new AssertionError("request failed: " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Verifies a signed success answer by the README rule. */
    public boolean verify(Map<String, String> answer) {
        return signer.verifyAnswer(answer);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> parse(String body) {
        Map<String, Object> raw = JSON.readValue(body, Map.class);
        Map<String, String> strings = new TreeMap<>();
        raw.forEach((k, v) -> strings.put(k, v == null ? null : String.valueOf(v)));
        return strings;
    }
}
