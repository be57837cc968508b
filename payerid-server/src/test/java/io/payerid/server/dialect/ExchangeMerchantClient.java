package io.payerid.server.dialect;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A 兑换系统 merchant written from the seed's pages only (§H.4): header-signed JSON, the sign string being
 * the sorted non-empty headers except sign ({@code signType} only when sent) joined as {@code k=v&}, then
 * the raw body; MD5 = uppercase MD5 of that string + key, SHA256-RSA = Base64 SHA256withRSA. Deliberately
 * independent of the gateway's signing classes.
 */
final class ExchangeMerchantClient {

    static final String PATH = "/v1/openapi/auth/alipay/url";

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    ExchangeMerchantClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The seed's headers for this body; {@code signType} null means the header is not sent (SHA256-RSA). */
    static Map<String, String> headers(String businessId, String signType, long timestamp, String nonce) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("businessId", businessId);
        headers.put("nonce", nonce);
        headers.put("timestamp", Long.toString(timestamp));
        if (signType != null) {
            headers.put("signType", signType);
        }
        return headers;
    }

    static Map<String, String> headers(String businessId, String signType) {
        return headers(businessId, signType, System.currentTimeMillis(), UUID.randomUUID().toString().replace("-", ""));
    }

    static String signString(Map<String, String> headers, String rawBody) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(headers).forEach((k, v) -> {
            if (!k.equals("sign") && v != null && !v.isEmpty()) {
                sb.append(sb.isEmpty() ? "" : "&").append(k).append('=').append(v);
            }
        });
        return sb + rawBody;
    }

    static String md5Sign(Map<String, String> headers, String rawBody, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5")
                    .digest((signString(headers, rawBody) + key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String rsaSign(Map<String, String> headers, String rawBody, PrivateKey key) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(key);
            s.update(signString(headers, rawBody).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean rsaVerify(Map<String, String> headers, String rawBody, String sign, PublicKey key) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initVerify(key);
            s.update(signString(headers, rawBody).getBytes(StandardCharsets.UTF_8));
            return s.verify(Base64.getDecoder().decode(sign));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** POSTs the body exactly as given, with the given headers (sign included when present). */
    HttpResponse<String> post(Map<String, String> headers, String rawBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + PATH))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(rawBody, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return send(request);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30)).GET());
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError("request failed", e);
        }
    }

    /** The signed headers of an answer or callback: businessId, nonce, timestamp (no signType is sent back). */
    static Map<String, String> answerHeaders(java.util.function.Function<String, String> header) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("businessId", header.apply("businessId"));
        headers.put("nonce", header.apply("nonce"));
        headers.put("timestamp", header.apply("timestamp"));
        return headers;
    }
}
