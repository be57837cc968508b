package io.payerid.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client against a stand-in gateway that signs with the same rule: URL shape, answer verification
 * (tampered, stale, foreign, error answers) and the JSON APIs' success / error / transport paths.
 */
class PayerIdClientTest {

    static final String KEY = "0123456789abcdef0123456789abcdef";
    static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");
    static final Signer GATEWAY = Signer.withKey(SignType.MD5, KEY);

    private HttpServer server;

    static PayerIdClient client(String baseUrl) {
        return PayerIdClient.builder().baseUrl(baseUrl).appId("app_t").mchNo("MCH_T").key(SignType.MD5, KEY)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).requestTimeout(Duration.ofSeconds(5)).build();
    }

    static Map<String, String> answer(long timestamp, String... kv) {
        Map<String, String> p = new TreeMap<>();
        p.put("appId", "app_t");
        p.put("timestamp", Long.toString(timestamp));
        p.put("nonce", "n0nce123");
        p.put("signType", "MD5");
        for (int i = 0; i < kv.length; i += 2) {
            p.put(kv[i], kv[i + 1]);
        }
        p.put("sign", GATEWAY.sign(p));
        return p;
    }

    static String url(Map<String, String> params) {
        StringBuilder sb = new StringBuilder("https://shop.example/return");
        params.forEach((k, v) -> sb.append(sb.indexOf("?") < 0 ? '?' : '&').append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return sb.toString();
    }

    @Test
    void authorizeUrlCarriesTheRequestAFreshNonceAndAValidSign() {
        PayerIdClient client = client("https://id.example/");
        AuthorizeRequest request = AuthorizeRequest.to("https://shop.example/return?x=1").withScope(Scope.USERINFO)
                .withState("order 42").withChannel(Channel.ALIPAY);
        String url = client.authorizeUrl(request);

        assertThat(url).startsWith("https://id.example/v1/oauth/authorize?").contains("state=order%2042");
        Map<String, String> params = new TreeMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        assertThat(params).containsEntry("appId", "app_t").containsEntry("mchNo", "MCH_T")
                .containsEntry("redirectUri", "https://shop.example/return?x=1").containsEntry("scope", "userinfo")
                .containsEntry("channel", "ALIPAY").containsEntry("timestamp", Long.toString(NOW.getEpochSecond()))
                .containsEntry("signType", "MD5");
        assertThat(params.get("nonce")).matches("[0-9a-f]{32}");
        assertThat(GATEWAY.verify(params)).isTrue();
        assertThat(client.authorizeUrl(request)).isNotEqualTo(url);
    }

    @Test
    void aGenuineAnswerGivesTheIdentity() {
        Map<String, String> a = answer(NOW.getEpochSecond() - 30, "openid", "oAlice", "unionid", "uAlice", "channel", "WECHAT_OA",
                "channelAppId", "wx1", "state", "order 42", "nickname", "爱丽丝");
        PayerIdentity id = client("https://id.example").verifyAnswer(url(a) + "#frag");
        assertThat(id.openid()).isEqualTo("oAlice");
        assertThat(id.unionid()).isEqualTo("uAlice");
        assertThat(id.channel()).isEqualTo("WECHAT_OA");
        assertThat(id.channelAppId()).isEqualTo("wx1");
        assertThat(id.state()).isEqualTo("order 42");
        assertThat(id.nickname()).isEqualTo("爱丽丝");
        assertThat(id.userId()).isNull();
        assertThat(id.fields()).containsEntry("nonce", "n0nce123");
        // A bare query works too.
        assertThat(client("https://id.example").verifyAnswer(URI.create(url(a)).getRawQuery()).openid()).isEqualTo("oAlice");
    }

    @Test
    void tamperedForeignOrUnsignedAnswersAreRefused() {
        PayerIdClient client = client("https://id.example");
        Map<String, String> a = answer(NOW.getEpochSecond(), "openid", "oAlice");
        a.put("openid", "oMallory");
        assertThatThrownBy(() -> client.verifyAnswer(url(a))).isInstanceOf(InvalidAnswerException.class).hasMessageContaining("signature");
        a.remove("sign");
        assertThatThrownBy(() -> client.verifyAnswer(url(a))).isInstanceOf(InvalidAnswerException.class);

        Map<String, String> foreign = answer(NOW.getEpochSecond(), "openid", "oAlice", "appId", "app_other");
        assertThatThrownBy(() -> client.verifyAnswer(url(foreign))).isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("another app");

        String genuine = url(answer(NOW.getEpochSecond(), "openid", "oAlice"));
        assertThatThrownBy(() -> client.verifyAnswer(genuine + "&openid=oMallory")).isInstanceOf(InvalidAnswerException.class);
    }

    @Test
    void staleOrFutureAnswersAreRefusedAndTheWindowIsConfigurable() {
        Map<String, String> stale = answer(NOW.getEpochSecond() - 301, "openid", "oAlice");
        assertThatThrownBy(() -> client("https://id.example").verifyAnswer(url(stale))).isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("window");
        Map<String, String> future = answer(NOW.toEpochMilli() + 301_000, "openid", "oAlice");
        assertThatThrownBy(() -> client("https://id.example").verifyAnswer(url(future))).isInstanceOf(InvalidAnswerException.class);

        PayerIdClient lenient = PayerIdClient.builder().baseUrl("https://id.example").appId("app_t").mchNo("MCH_T")
                .key(SignType.MD5, KEY).clock(Clock.fixed(NOW, ZoneOffset.UTC)).answerWindow(Duration.ofMinutes(10)).build();
        assertThat(lenient.verifyAnswer(url(stale)).openid()).isEqualTo("oAlice");
    }

    @Test
    void aSignedErrorAnswerBecomesPayerIdError() {
        Map<String, String> a = answer(NOW.getEpochSecond(), "error", "PAYER_DENIED", "error_description", "payer said no");
        assertThatThrownBy(() -> client("https://id.example").verifyAnswer(url(a))).isInstanceOfSatisfying(PayerIdError.class, e -> {
            assertThat(e.code()).isEqualTo("PAYER_DENIED");
            assertThat(e.description()).isEqualTo("payer said no");
            assertThat(e.httpStatus()).isZero();
        });
        a.put("error", "FORGED");
        assertThatThrownBy(() -> client("https://id.example").verifyAnswer(url(a))).isInstanceOf(InvalidAnswerException.class);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** A stand-in gateway answering every POST with {@code status} and the body {@code answer} builds from the request. */
    private String gateway(int status, java.util.function.Function<Map<String, String>, String> answer,
                           AtomicReference<Map<String, String>> seen) throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Map<String, String> request = FlatJson.read(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            seen.set(request);
            byte[] body = answer.apply(request).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void jsonApisSendSignedRequestsAndVerifyTheAnswer() throws Exception {
        AtomicReference<Map<String, String>> seen = new AtomicReference<>();
        String base = gateway(200, r -> FlatJson.write(new LinkedHashMap<>(answer(NOW.getEpochSecond(), "code", "SUCCESS",
                "message", "OK", "wallet", "WECHAT", "channelAppId", "wx1", "openid", "oAlice", "authorizeUrl", "https://w/a",
                "expiresIn", "600", "unionid", "uAlice"))).replace("\"expiresIn\":\"600\"", "\"expiresIn\":600"), seen);
        PayerIdClient client = client(base);

        PaymentCodeIdentity id = client.paymentCodeIdentity("134567890123456789", null);
        assertThat(id).isEqualTo(new PaymentCodeIdentity("WECHAT", "wx1", "oAlice", null, null));
        assertThat(seen.get()).containsEntry("authCode", "134567890123456789").doesNotContainKey("subAppId")
                .containsEntry("mchNo", "MCH_T");
        assertThat(GATEWAY.verify(seen.get())).isTrue();

        assertThat(client.authorizeUrlFor(AuthorizeRequest.to("https://shop.example/r"))).isEqualTo(new AuthorizeLink("https://w/a", 600));
        assertThat(seen.get()).containsEntry("redirectUri", "https://shop.example/r").containsEntry("scope", "base");
        assertThat(client.paidUnionId("oAlice", "4200001").unionid()).isEqualTo("uAlice");
        assertThat(seen.get()).containsEntry("transactionId", "4200001");
        assertThat(client.paidUnionId("oAlice", "1900000109", "order42").unionid()).isEqualTo("uAlice");
        assertThat(seen.get()).containsEntry("mchId", "1900000109").containsEntry("outTradeNo", "order42");
    }

    @Test
    void aTamperedSuccessIsRefused() throws Exception {
        String base = gateway(200, r -> FlatJson.write(answer(NOW.getEpochSecond(), "code", "SUCCESS", "openid", "oAlice"))
                .replace("oAlice", "oMallory"), new AtomicReference<>());
        assertThatThrownBy(() -> client(base).paymentCodeIdentity("134567890123456789", null))
                .isInstanceOf(InvalidAnswerException.class);
    }

    @Test
    void errorsBecomePayerIdErrorWithTheHttpStatus() throws Exception {
        String base = gateway(400, r -> "{\"code\":\"PAYMENT_CODE_INVALID\",\"message\":\"not a payment code\"}", new AtomicReference<>());
        assertThatThrownBy(() -> client(base).paymentCodeIdentity("99", null)).isInstanceOfSatisfying(PayerIdError.class, e -> {
            assertThat(e.code()).isEqualTo("PAYMENT_CODE_INVALID");
            assertThat(e.description()).isEqualTo("not a payment code");
            assertThat(e.httpStatus()).isEqualTo(400);
        });
    }

    @Test
    void aNonJsonAnswerOrAnUnreachableGatewayIsAClearException() throws Exception {
        String base = gateway(502, r -> "<html>Bad gateway</html>", new AtomicReference<>());
        assertThatThrownBy(() -> client(base).paymentCodeIdentity("1", null)).isInstanceOf(InvalidAnswerException.class)
                .hasMessageContaining("HTTP 502");
        server.stop(0);
        server = null;
        assertThatThrownBy(() -> client(base).paymentCodeIdentity("1", null)).isInstanceOf(PayerIdTransportException.class)
                .hasMessageContaining("/v1/paycode/identity");
    }

    static String formBody(Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        params.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return sb.toString();
    }

    @Test
    void verifyFormPostWhenTheBodyIsGenuineThenTheIdentity() {
        String body = formBody(answer(NOW.getEpochSecond(), "openid", "oAlice", "channel", "WECHAT_OA", "state", "s?1#&=x",
                "nickname", "爱丽丝"));
        PayerIdentity payer = client("https://id.example").verifyFormPost(body);
        assertThat(payer.openid()).isEqualTo("oAlice");
        assertThat(payer.state()).isEqualTo("s?1#&=x");
        assertThat(payer.nickname()).isEqualTo("爱丽丝");
    }

    @Test
    void verifyFormPostWhenTamperedStaleOrAnErrorThenRefused() {
        PayerIdClient client = client("https://id.example");
        String tampered = formBody(answer(NOW.getEpochSecond(), "openid", "oAlice")).replace("oAlice", "oMallory");
        assertThatThrownBy(() -> client.verifyFormPost(tampered)).isInstanceOf(InvalidAnswerException.class);
        String stale = formBody(answer(NOW.getEpochSecond() - 3600, "openid", "oAlice"));
        assertThatThrownBy(() -> client.verifyFormPost(stale)).isInstanceOf(InvalidAnswerException.class);
        String error = formBody(answer(NOW.getEpochSecond(), "error", "PAYER_DENIED", "error_description", "no"));
        assertThatThrownBy(() -> client.verifyFormPost(error))
                .isInstanceOfSatisfying(PayerIdError.class, e -> assertThat(e.code()).isEqualTo("PAYER_DENIED"));
    }

    @Test
    void redeemTicketWhenTheReturnIsGenuineThenPostsTheTicketAndReturnsTheIdentity() throws Exception {
        AtomicReference<Map<String, String>> seen = new AtomicReference<>();
        String base = gateway(200, r -> FlatJson.write(answer(NOW.getEpochSecond(), "code", "SUCCESS", "message", "OK",
                "openid", "oAlice", "channel", "WECHAT_OA", "state", "order42")), seen);
        PayerIdentity payer = client(base).redeemTicket(url(answer(NOW.getEpochSecond(), "ticket", "T".repeat(43), "state", "order42")));
        assertThat(payer.openid()).isEqualTo("oAlice");
        assertThat(payer.state()).isEqualTo("order42");
        assertThat(seen.get()).containsEntry("ticket", "T".repeat(43)).containsEntry("appId", "app_t");
        assertThat(GATEWAY.verify(seen.get())).isTrue();
    }

    @Test
    void redeemTicketWhenTheReturnIsForgedOrTheTicketSpentThenRefused() throws Exception {
        AtomicReference<Map<String, String>> seen = new AtomicReference<>();
        String base = gateway(400, r -> "{\"code\":\"TICKET_INVALID\",\"message\":\"ticket unknown\"}", seen);
        PayerIdClient client = client(base);
        String forged = url(answer(NOW.getEpochSecond(), "ticket", "T".repeat(43))).replace("TTTT", "UUUU");
        assertThatThrownBy(() -> client.redeemTicket(forged)).isInstanceOf(InvalidAnswerException.class);
        assertThat(seen.get()).as("a forged return is never sent to the gateway").isNull();
        assertThatThrownBy(() -> client.redeemTicket(url(answer(NOW.getEpochSecond(), "ticket", "T".repeat(43)))))
                .isInstanceOfSatisfying(PayerIdError.class, e -> {
                    assertThat(e.code()).isEqualTo("TICKET_INVALID");
                    assertThat(e.httpStatus()).isEqualTo(400);
                });
    }
}
