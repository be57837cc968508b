package io.payerid.server.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.sandbox.faults.FaultPlan;
import io.payerid.sandbox.faults.ServerApiFaults;
import io.payerid.server.demo.DemoCredentials;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.demo.DemoWechatPaySeeder;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.MerchantClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sandbox's latency and error-injection knob ({@code /sandbox/faults}) over HTTP, and what the
 * gateway's payment-code API makes of each injected failure: the documented error, never a 5xx of its
 * own making beyond the upstream codes, never a stack trace. Also that the upstream client does not
 * queue concurrent calls behind a slow upstream.
 */
@TestPropertySource(properties = "payerid.upstream.http.read-timeout=4s")
class ServerApiFaultsTest extends GatewayTest {

    private static final String FAULTS = BASE + "/sandbox/faults";
    private static final String ENDPOINT = BASE + "/v1/paycode/identity";
    private static final String CODES = BASE + "/sandbox/wechatpay/codes";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    DemoTenantSeeder demoSeeder;
    @Autowired
    DemoWechatPaySeeder wechatPaySeeder;
    @Autowired
    ServerApiFaults faults;

    private MerchantClient merchant;
    private DemoCredentials credentials;

    @BeforeEach
    void demoMerchant() {
        credentials = demoSeeder.seed();
        wechatPaySeeder.seed();
        merchant = new MerchantClient(BASE, credentials.appId(), credentials.mchNo(), credentials.appKey());
    }

    @AfterEach
    void noFaults() {
        faults.replace(FaultPlan.NONE);
    }

    @Test
    void putFaultsWhenValidThenPlanReplacedAndShown() {
        HttpResponse<String> put = put("{\"latencyMillis\":250,\"errorShare\":0.5,\"errorKind\":\"garbage\"}");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        Map<String, Object> shown = json(send(HttpRequest.newBuilder(URI.create(FAULTS)).GET()));
        assertThat(shown).containsEntry("latencyMillis", 250).containsEntry("errorShare", 0.5)
                .containsEntry("errorKind", "GARBAGE").containsEntry("hangMillis", 30000);
        // A subset keeps the rest.
        assertThat(json(put("{\"errorShare\":0}"))).containsEntry("latencyMillis", 250).containsEntry("errorShare", 0.0);
    }

    @Test
    void putFaultsWhenInvalidThenBadRequestAndPlanKept() {
        for (String body : List.of("{\"errorShare\":1.5}", "{\"errorShare\":\"half\"}", "{\"latencyMillis\":-1}",
                "{\"latencyMillis\":1.5}", "{\"latencyMillis\":1e12}", "{\"errorKind\":\"FLOOD\"}", "[1]", "not json", "")) {
            HttpResponse<String> response = put(body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.body()).as(body).contains("\"error\"").doesNotContain("Exception");
        }
        assertThat(faults.plan()).isEqualTo(FaultPlan.NONE);
    }

    @Test
    void identifyWhenUpstreamSlowThenAnswerWaitsForTheLatency() {
        put("{\"latencyMillis\":700}");
        long start = System.nanoTime();
        assertThat(identify(code("alice")).statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(700));
    }

    @Test
    void identifyWhenUpstreamBusyThenUpstreamUnavailable() {
        put("{\"errorShare\":1,\"errorKind\":\"BUSY\"}");
        assertError(identify(code("alice")), 503, "UPSTREAM_UNAVAILABLE");
    }

    @Test
    void identifyWhenUpstreamAnswersHttp500ThenUpstreamUnavailable() {
        put("{\"errorShare\":1,\"errorKind\":\"HTTP_500\"}");
        assertError(identify(code("alice")), 503, "UPSTREAM_UNAVAILABLE");
    }

    @Test
    void identifyWhenUpstreamAnswersGarbageThenUpstreamError() {
        put("{\"errorShare\":1,\"errorKind\":\"GARBAGE\"}");
        assertError(identify(code("alice")), 502, "UPSTREAM_ERROR");
    }

    @Test
    void identifyWhenUpstreamHangsThenUpstreamUnavailableAfterReadTimeout() {
        put("{\"errorShare\":1,\"errorKind\":\"HANG\",\"hangMillis\":15000}");
        long start = System.nanoTime();
        assertError(identify(code("alice")), 503, "UPSTREAM_UNAVAILABLE");
        // The gateway's 4 s read timeout ended it, not the sandbox's 15 s hang.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(12));
    }

    @Test
    void identifyWhenHalfTheCallsFailThenEachAnswerIsSuccessOrTheDocumentedError() {
        put("{\"errorShare\":0.5,\"errorKind\":\"HTTP_500\"}");
        int ok = 0;
        int unavailable = 0;
        for (int i = 0; i < 24; i++) {
            HttpResponse<String> response = identify(code("alice"));
            if (response.statusCode() == 200) {
                ok++;
            } else {
                assertError(response, 503, "UPSTREAM_UNAVAILABLE");
                unavailable++;
            }
        }
        // Each outcome has probability 1/2 per call: all 24 alike would happen once in 8 million runs.
        assertThat(ok).isPositive();
        assertThat(unavailable).isPositive();
    }

    /**
     * 50 calls against a 500 ms upstream: serial they take 25 s, through a pool of 2 connections 12.5 s.
     * Unthrottled they overlap and take little more than one latency; 10 s leaves a wide margin for a loaded
     * machine while still failing any pool of fewer than about 3 connections.
     */
    @Test
    void identifyWhenFiftyConcurrentCallsAgainstSlowUpstreamThenTheyOverlap() throws Exception {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            codes.add(code(i % 2 == 0 ? "alice" : "bob"));
        }
        put("{\"latencyMillis\":500}");
        long start = System.nanoTime();
        List<Future<HttpResponse<String>>> calls = new ArrayList<>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String code : codes) {
                calls.add(executor.submit(() -> identify(code)));
            }
            for (Future<HttpResponse<String>> call : calls) {
                assertThat(call.get().statusCode()).as(call.get().body()).isEqualTo(200);
            }
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    private HttpResponse<String> identify(String authCode) {
        Map<String, String> params = new TreeMap<>();
        params.put("appId", credentials.appId());
        params.put("mchNo", credentials.mchNo());
        params.put("authCode", authCode);
        params.put("timestamp", Long.toString(System.currentTimeMillis() / 1000));
        params.put("nonce", UUID.randomUUID().toString().replace("-", ""));
        return send(HttpRequest.newBuilder(URI.create(ENDPOINT)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(merchant.signMd5(params)))));
    }

    private static String code(String user) {
        HttpResponse<String> issued = send(HttpRequest.newBuilder(URI.create(CODES)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + user + "\"}")));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return (String) json(issued).get("authCode");
    }

    private static HttpResponse<String> put(String body) {
        return send(HttpRequest.newBuilder(URI.create(FAULTS)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(HttpResponse<String> response) {
        return JSON.readValue(response.body(), Map.class);
    }

    private static void assertError(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        Map<String, Object> body = json(response);
        assertThat(body.keySet()).containsExactlyInAnyOrder("code", "message", "requestId");
        assertThat(body.get("code")).isEqualTo(code);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
