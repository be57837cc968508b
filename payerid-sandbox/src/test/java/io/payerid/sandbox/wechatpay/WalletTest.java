package io.payerid.sandbox.wechatpay;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.payerid.sandbox.support.SandboxHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static io.payerid.sandbox.wechatpay.PayFixtures.BASE;
import static org.assertj.core.api.Assertions.assertThat;

/** The wallet page, the JSON code issuer and runtime merchant registration. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("wechatpay")
class WalletTest {

    private static final Pattern DIGITS = Pattern.compile("id=\"auth-code\">(\\d{18})<");
    private static final String ALICE = "payerid_sandbox_wechatpay_user=alice";

    @Value("${local.server.port}")
    int port;

    PaySandboxClient client;

    @BeforeEach
    void connect() {
        client = new PaySandboxClient(port);
    }

    private static String shownCode(HttpResponse<String> page) {
        Matcher m = DIGITS.matcher(page.body());
        assertThat(m.find()).as(page.body()).isTrue();
        return m.group(1);
    }

    @Test
    void withoutAPayerThePageOffersThePayersButNotTheSnapshotUser() {
        HttpResponse<String> page = client.get(BASE + "/wallet", null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("选择付款人").contains("爱丽丝").contains("鲍勃")
                .contains(BASE + "/wallet?user=alice").doesNotContain("user=snapshot");
    }

    @Test
    void choosingAPayerSetsTheCookieAndGoesBackToTheWallet() {
        HttpResponse<String> chosen = client.get(BASE + "/wallet?user=bob", null);

        assertThat(chosen.statusCode()).isEqualTo(302);
        assertThat(chosen.headers().firstValue("Location")).hasValue(BASE + "/wallet");
        assertThat(chosen.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie ->
                assertThat(cookie).startsWith("payerid_sandbox_wechatpay_user=bob").contains("Path=/"));
        assertThat(client.get(BASE + "/wallet?user=snapshot", null).statusCode()).isEqualTo(200);
    }

    @Test
    void thePageShowsALiveCodeAsDigitsBarcodeAndQrUntilRefreshed() {
        HttpResponse<String> page = client.get(BASE + "/wallet", ALICE);
        String code = shownCode(page);

        assertThat(code).matches("1[0-4]\\d{16}");
        assertThat(page.body()).contains("爱丽丝").contains("aria-label=\"条形码 " + code + "\"")
                .contains("aria-label=\"二维码 " + code + "\"").contains("刷新付款码")
                .contains("<meta http-equiv=\"refresh\" content=\"31\">");
        assertThat(shownCode(client.get(BASE + "/wallet", ALICE))).as("same code while it lives").isEqualTo(code);

        HttpResponse<String> refreshed = client.postForm(BASE + "/wallet/refresh", ALICE);
        assertThat(refreshed.statusCode()).isEqualTo(303);
        assertThat(refreshed.headers().firstValue("Location")).hasValue(BASE + "/wallet");
        assertThat(shownCode(client.get(BASE + "/wallet", ALICE))).isNotEqualTo(code);
    }

    @Test
    void issuedCodesAreWellFormedAndDistinct() {
        HttpResponse<String> issued = client.postJson(BASE + "/codes", "{\"user\":\"bob\"}");
        Map<String, Object> body = SandboxHttp.parseJson(issued.body());

        assertThat(issued.statusCode()).isEqualTo(201);
        assertThat(body).containsEntry("user", "bob").containsKeys("authCode", "expiresAt");
        assertThat((String) body.get("authCode")).matches("1[0-4]\\d{16}");
        assertThat(client.issueCode("bob", "")).isNotEqualTo(body.get("authCode"));
    }

    @Test
    void badCodeRequestsAreClientErrors() {
        for (String json : List.of("{not json", "null", "{}", "{\"user\":\"mallory\"}", "{\"user\":\"snapshot\"}",
                "{\"user\":\"alice\",\"ttlMillis\":0}", "{\"user\":\"alice\",\"ttlMillis\":30001}",
                "{\"user\":\"alice\",\"simulate\":\"AUTHCODEEXPIRE\"}")) {
            HttpResponse<String> response = client.postJson(BASE + "/codes", json);
            assertThat(response.statusCode()).as(json).isEqualTo(400);
            assertThat(SandboxHttp.parseJson(response.body())).as(json).containsKey("error");
        }
    }

    @Test
    void merchantsRegisterAtRuntimeAndNeverShowTheirKey() {
        String json = """
                {"mchId":"1900000999","apiKey":"runtime-key-1","appid":"wxruntime0000001",
                 "subMerchants":[{"subMchId":"1900000998","subAppids":["wxruntimesub0001"]}]}""";

        HttpResponse<String> created = client.postJson(BASE + "/merchants", json);
        HttpResponse<String> fetched = client.get(BASE + "/merchants/1900000999", null);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue(BASE + "/merchants/1900000999");
        assertThat(SandboxHttp.parseJson(fetched.body())).containsEntry("appid", "wxruntime0000001")
                .containsEntry("subMerchants", List.of(Map.of("subMchId", "1900000998", "subAppids", List.of("wxruntimesub0001"))));
        assertThat(created.body() + fetched.body()).doesNotContain("runtime-key-1");
        assertThat(client.get(BASE + "/merchants/1900000997", null).statusCode()).isEqualTo(404);
        for (String bad : List.of("{not json", "null", "{\"mchId\":\"1\",\"appid\":\"wx\"}",
                "{\"mchId\":\"bad id\",\"apiKey\":\"k\",\"appid\":\"wx\"}",
                "{\"mchId\":\"1\",\"apiKey\":\"k\",\"appid\":\"wx\",\"subMerchants\":[{\"subMchId\":\"\"}]}")) {
            assertThat(client.postJson(BASE + "/merchants", bad).statusCode()).as(bad).isEqualTo(400);
        }
    }
}
