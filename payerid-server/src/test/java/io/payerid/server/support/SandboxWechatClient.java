package io.payerid.server.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embedded WeChat sandbox as a tester (or another merchant system) reaches it over HTTP: payments,
 * fault switches, token fetch counts, and the base API called by hand.
 */
public final class SandboxWechatClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String sandbox;

    public SandboxWechatClient(String baseUrl) {
        this.sandbox = baseUrl + "/sandbox/wechat";
    }

    /** A payment completed now (or at {@code paidAt} when not null); answers transaction_id, openid, … */
    public Map<String, Object> pay(String appid, String user, String mchId, String outTradeNo, String paidAt) {
        String paid = paidAt == null ? "" : ",\"paid_at\":\"" + paidAt + "\"";
        HttpResponse<String> response = post("/payments", """
                {"appid":"%s","user":"%s","mch_id":"%s","out_trade_no":"%s"%s}"""
                .formatted(appid, user, mchId, outTradeNo, paid));
        if (response.statusCode() != 201) {
            throw new AssertionError("sandbox payment refused: " + response.body());
        }
        return parse(response.body());
    }

    /** {@code wx.login} in the mini-program {@code appid} as sandbox user {@code user}: code, openid, session_key. */
    public Map<String, Object> miniProgramLogin(String appid, String user) {
        HttpResponse<String> response = post("/miniprogram/login", "{\"appid\":\"%s\",\"user\":\"%s\"}".formatted(appid, user));
        if (response.statusCode() != 200) {
            throw new AssertionError("sandbox wx.login refused: " + response.body());
        }
        return parse(response.body());
    }

    /** {@code GET /sns/jscode2session} by hand, as another system redeeming the code first would. */
    public Map<String, Object> jsCodeToSession(String appid, String secret, String code) {
        return apiGet("/sns/jscode2session", Map.of("appid", appid, "secret", secret, "js_code", code,
                "grant_type", "authorization_code"));
    }

    public void setBusy(String appid, boolean busy) {
        control("{\"appid\":\"%s\",\"busy\":%s}".formatted(appid, busy));
    }

    public void expireTokens(String appid) {
        control("{\"appid\":\"%s\",\"expireTokens\":true}".formatted(appid));
    }

    @SuppressWarnings("unchecked")
    public long tokenFetches(String appid) {
        Map<String, Object> fetches = (Map<String, Object>) parse(send(HttpRequest.newBuilder(URI.create(sandbox + "/stats"))
                .GET().build()).body()).get("tokenFetches");
        Object count = fetches.get(appid);
        return count == null ? 0 : ((Number) count).longValue();
    }

    /** {@code GET /cgi-bin/token} by hand, as a merchant system that fetches its own token would. */
    public String classicToken(String appid, String secret) {
        return (String) apiGet("/cgi-bin/token", Map.of("grant_type", "client_credential", "appid", appid,
                "secret", secret)).get("access_token");
    }

    /** The errcode getpaidunionid gives a token without further parameters: 41009 means the token is accepted. */
    public int tokenStatus(String accessToken) {
        return ((Number) apiGet("/wxa/getpaidunionid", Map.of("access_token", accessToken)).get("errcode")).intValue();
    }

    private Map<String, Object> apiGet(String path, Map<String, String> query) {
        String q = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return parse(send(HttpRequest.newBuilder(URI.create(sandbox + "/api" + path + "?" + q)).GET().build()).body());
    }

    private void control(String json) {
        HttpResponse<String> response = post("/faults", json);
        if (response.statusCode() != 200) {
            throw new AssertionError("sandbox refused the fault switch: " + response.body());
        }
    }

    private HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(sandbox + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("sandbox request failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String json) {
        return JSON.readValue(json, Map.class);
    }
}
