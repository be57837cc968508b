package io.payerid.sandbox.wechat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.payerid.sandbox.support.MovableClock;
import io.payerid.sandbox.support.SandboxHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static io.payerid.sandbox.wechat.BaseApiClient.errcode;
import static io.payerid.sandbox.wechat.SandboxBrowser.APP1;
import static io.payerid.sandbox.wechat.SandboxBrowser.APP1_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

/** Sandbox payments and {@code /wxa/getpaidunionid}: both order forms, the window, and every errcode. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WechatPaidUnionIdApiTest {

    private static final String MCH_ID = "1900000109";

    @Value("${local.server.port}")
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    SandboxWechatApps apps;

    SandboxBrowser browser;
    BaseApiClient api;
    SandboxWechatApp miniApp;
    String token;

    @BeforeEach
    void boundMiniAppWithAToken() {
        browser = new SandboxBrowser(port);
        api = new BaseApiClient(browser);
        // Bound to the same open platform as APP1, so the payer's unionid is the one APP1's OAuth returns.
        miniApp = BaseApiClient.newApp(apps, "open-sandbox-1");
        token = (String) api.stableToken(miniApp.appid(), miniApp.secret(), false).get("access_token");
    }

    @Test
    void aPaymentAnswersItsPayersUnionidByEitherOrderForm() {
        String outTradeNo = newOutTradeNo();
        Map<String, Object> payment = api.pay(miniApp.appid(), "alice", MCH_ID, outTradeNo);
        String openid = (String) payment.get("openid");

        Map<String, Object> byTransaction = api.paidUnionId(Map.of("access_token", token, "openid", openid,
                "transaction_id", (String) payment.get("transaction_id")));
        Map<String, Object> byMerchantOrder = api.paidUnionId(Map.of("access_token", token, "openid", openid,
                "mch_id", MCH_ID, "out_trade_no", outTradeNo));

        assertThat((String) payment.get("transaction_id")).matches("42000[0-9]{23}");
        assertThat(payment).containsEntry("appid", miniApp.appid()).containsEntry("user", "alice")
                .containsEntry("out_trade_no", outTradeNo).containsKey("paid_at");
        assertThat(byTransaction).containsOnlyKeys("unionid", "errcode", "errmsg")
                .containsEntry("errcode", 0).containsEntry("errmsg", "ok")
                .containsEntry("unionid", unionidViaOAuth("alice"));
        assertThat(byMerchantOrder).isEqualTo(byTransaction);
    }

    @Test
    void theOpenidIsTheOneTheSandboxGivesThatPayerInThatApp() {
        String alice = (String) api.pay(miniApp.appid(), "alice", MCH_ID, newOutTradeNo()).get("openid");
        String aliceAgain = (String) api.pay(miniApp.appid(), "alice", MCH_ID, newOutTradeNo()).get("openid");
        String bob = (String) api.pay(miniApp.appid(), "bob", MCH_ID, newOutTradeNo()).get("openid");

        assertThat(alice).matches("o[A-Za-z0-9_-]{27}").isEqualTo(aliceAgain).isNotEqualTo(bob);
        assertThat(alice).as("openids are per app").isNotEqualTo(openidViaOAuth("alice"));
    }

    @Test
    void theAnswerIsOnlyGivenFiveMinutesAfterThePayment() {
        Map<String, Object> payment = api.pay(miniApp.appid(), "bob", MCH_ID, newOutTradeNo());
        Map<String, String> query = query(payment);

        clock.advance(Duration.ofMinutes(5));
        assertThat(errcode(api.paidUnionId(query))).as("at 5:00").isZero();
        clock.advance(Duration.ofSeconds(1));
        Map<String, Object> late = api.paidUnionId(query(payment, freshToken()));

        assertThat(errcode(late)).as("at 5:01").isEqualTo(89300);
        assertThat((String) late.get("errmsg")).startsWith("invalid trade");
        assertThat(late).doesNotContainKey("unionid");
    }

    @Test
    void aBackdatedPaymentIsOutsideTheWindow() {
        HttpResponse<String> created = api.payRaw("""
                {"appid":"%s","user":"alice","mch_id":"%s","out_trade_no":"%s","paid_at":"%s"}"""
                .formatted(miniApp.appid(), MCH_ID, newOutTradeNo(), clock.instant().minusSeconds(301)));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(errcode(api.paidUnionId(query(SandboxHttp.parseJson(created.body()))))).isEqualTo(89300);
    }

    @Test
    void anOrderAnswersOnlyForItsOwnPayerAndApp() {
        Map<String, Object> alicePays = api.pay(miniApp.appid(), "alice", MCH_ID, newOutTradeNo());
        String bobsOpenid = (String) api.pay(miniApp.appid(), "bob", MCH_ID, newOutTradeNo()).get("openid");
        SandboxWechatApp otherApp = BaseApiClient.newApp(apps, "open-sandbox-1");
        Map<String, Object> paidInOtherApp = api.pay(otherApp.appid(), "alice", MCH_ID, newOutTradeNo());

        Map<String, String> bobAsksForAlicesOrder = query(alicePays);
        bobAsksForAlicesOrder.put("openid", bobsOpenid);
        Map<String, String> unknownOrder = query(alicePays);
        unknownOrder.put("transaction_id", "4200000000202501010000000000");
        Map<String, String> otherAppsOrder = query(alicePays);
        otherAppsOrder.put("transaction_id", (String) paidInOtherApp.get("transaction_id"));
        Map<String, String> noOrder = query(alicePays);
        noOrder.remove("transaction_id");

        assertThat(errcode(api.paidUnionId(bobAsksForAlicesOrder))).isEqualTo(89300);
        assertThat(errcode(api.paidUnionId(unknownOrder))).isEqualTo(89300);
        assertThat(errcode(api.paidUnionId(otherAppsOrder))).isEqualTo(89300);
        assertThat(errcode(api.paidUnionId(noOrder))).isEqualTo(89300);
        assertThat(errcode(api.paidUnionId(query(alicePays)))).as("the right question still works").isZero();
    }

    @Test
    void anUnknownOpenidIs40003() {
        Map<String, String> query = query(api.pay(miniApp.appid(), "alice", MCH_ID, newOutTradeNo()));
        query.put("openid", "oNotAUserOfThisApp0000000000");

        Map<String, Object> answer = api.paidUnionId(query);

        assertThat(errcode(answer)).isEqualTo(40003);
        assertThat((String) answer.get("errmsg")).startsWith("invalid openid");
    }

    @Test
    void anAppWithoutOpenPlatformBindingIs89002() {
        SandboxWechatApp unbound = BaseApiClient.newApp(apps, null);
        String unboundToken = (String) api.classicToken(unbound.appid(), unbound.secret()).get("access_token");
        Map<String, Object> payment = api.pay(unbound.appid(), "alice", MCH_ID, newOutTradeNo());

        assertThat(errcode(api.paidUnionId(query(payment, unboundToken)))).isEqualTo(89002);
    }

    @Test
    void systemBusyCanBeSwitchedOnAndOffPerApp() {
        Map<String, String> query = query(api.pay(miniApp.appid(), "alice", MCH_ID, newOutTradeNo()));

        api.faults("{\"appid\":\"%s\",\"busy\":true}".formatted(miniApp.appid()));
        Map<String, Object> busy = api.paidUnionId(query);
        api.faults("{\"appid\":\"%s\",\"busy\":false}".formatted(miniApp.appid()));

        assertThat(errcode(busy)).isEqualTo(-1);
        assertThat(errcode(api.paidUnionId(query))).isZero();
    }

    @Test
    void tokenProblemsComeFirst() {
        Map<String, String> query = query(api.pay(miniApp.appid(), "alice", MCH_ID, newOutTradeNo()));
        Map<String, String> noToken = new LinkedHashMap<>(query);
        noToken.remove("access_token");
        Map<String, String> badToken = new LinkedHashMap<>(query);
        badToken.put("access_token", "forged");

        assertThat(errcode(api.paidUnionId(noToken))).isEqualTo(41001);
        assertThat(errcode(api.paidUnionId(badToken))).isEqualTo(40001);
        api.faults("{\"appid\":\"%s\",\"expireTokens\":true}".formatted(miniApp.appid()));
        assertThat(errcode(api.paidUnionId(query))).isEqualTo(42001);
        assertThat(errcode(api.paidUnionId(query(SandboxHttp.parseJson("{\"openid\":\"x\"}"), freshToken()))))
                .as("a new token after the expiry gets past the token checks").isEqualTo(40003);
    }

    @Test
    void badPaymentsAreClientErrors() {
        String outTradeNo = newOutTradeNo();
        api.pay(miniApp.appid(), "alice", MCH_ID, outTradeNo);

        assertThat(api.payRaw("""
                {"appid":"%s","user":"bob","mch_id":"%s","out_trade_no":"%s"}""".formatted(miniApp.appid(), MCH_ID, outTradeNo))
                .statusCode()).as("duplicate out_trade_no").isEqualTo(409);
        assertThat(api.payRaw("{\"appid\":\"wxnosuchapp\",\"user\":\"alice\",\"mch_id\":\"1\",\"out_trade_no\":\"o1\"}")
                .statusCode()).isEqualTo(400);
        assertThat(api.payRaw("""
                {"appid":"%s","user":"mallory","mch_id":"1","out_trade_no":"o1"}""".formatted(miniApp.appid()))
                .statusCode()).isEqualTo(400);
        assertThat(api.payRaw("""
                {"appid":"%s","user":"alice","mch_id":"abc","out_trade_no":"o1"}""".formatted(miniApp.appid()))
                .statusCode()).isEqualTo(400);
        assertThat(api.payRaw("""
                {"appid":"%s","user":"alice","mch_id":"1","out_trade_no":"o 1"}""".formatted(miniApp.appid()))
                .statusCode()).isEqualTo(400);
        assertThat(api.payRaw("""
                {"appid":"%s","user":"alice","mch_id":"1","out_trade_no":"o1","paid_at":"yesterday"}"""
                .formatted(miniApp.appid())).statusCode()).isEqualTo(400);
        assertThat(api.payRaw("not json").statusCode()).isEqualTo(400);
    }

    private Map<String, String> query(Map<String, Object> payment) {
        return query(payment, token);
    }

    private static Map<String, String> query(Map<String, Object> payment, String accessToken) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("access_token", accessToken);
        query.put("openid", (String) payment.get("openid"));
        if (payment.get("transaction_id") != null) {
            query.put("transaction_id", (String) payment.get("transaction_id"));
        }
        return query;
    }

    /** After the clock moved, the token of the setup may be due; the stable endpoint hands out the live one. */
    private String freshToken() {
        return (String) api.stableToken(miniApp.appid(), miniApp.secret(), false).get("access_token");
    }

    private String unionidViaOAuth(String user) {
        Map<String, Object> exchanged = browser.exchange(APP1, APP1_SECRET,
                browser.authorizeAndGetCode(APP1, "snsapi_userinfo", user));
        assertThat(exchanged).containsKey("unionid");
        return (String) exchanged.get("unionid");
    }

    private String openidViaOAuth(String user) {
        return (String) browser.exchange(APP1, APP1_SECRET, browser.authorizeAndGetCode(APP1, "snsapi_base", user))
                .get("openid");
    }

    private static String newOutTradeNo() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }
}
