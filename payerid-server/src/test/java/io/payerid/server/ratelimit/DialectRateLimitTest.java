package io.payerid.server.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.TestMerchants;
import io.payerid.server.support.TestMerchants.TestMerchant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each entry point's 429 in its caller's dialect, with tiny limits: one request an hour per client address,
 * two per app. Each test speaks from its own addresses through {@code X-Forwarded-For}, which the gateway
 * honours as configured ({@code server.forward-headers-strategy=framework}), so tests keep their own buckets.
 */
@TestPropertySource(properties = {
        "payerid.rate-limit.per-client-ip.capacity=1", "payerid.rate-limit.per-client-ip.period=1h",
        "payerid.rate-limit.per-app.capacity=2", "payerid.rate-limit.per-app.period=1h"})
class DialectRateLimitTest extends GatewayTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final String PAYER_TEXT = "请求过于频繁,请稍后重试";

    @Autowired
    TenantAdmin admin;

    // ------------------------------------------------------------------ per client address, each dialect

    @Test
    void nativeJsonApiWhenClientAddressOverLimitThenJson429EvenForForgedRequests() {
        String ip = newAddress();
        String forged = "{\"appId\":\"app_demo\",\"mchNo\":\"MCH_DEMO\",\"sign\":\"00\"}";
        assertThat(post(ip, "/v1/oauth/authorize-url", forged).statusCode()).isNotEqualTo(429);

        HttpResponse<String> refused = post(ip, "/v1/oauth/authorize-url", forged);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(json(refused).get("code").asString()).isEqualTo("RATE_LIMITED");
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isPositive());
        assertThat(post(newAddress(), "/v1/oauth/authorize-url", forged).statusCode())
                .as("another client address has its own bucket").isNotEqualTo(429);
    }

    @Test
    void browserEntriesWhenClientAddressOverLimitThenZhCnPayerPage429() {
        for (String path : new String[] {"/v1/oauth/authorize?appId=app_demo", "/v1/oauth/callback/wechat_oa/sealed?code=x",
                "/open/wechatUserAuth?merchantCode=MCH_DEMO", "/yfpay/jsapi/getauth2?inst_no=ISV_DEMO", "/qr/NOSUCHCODE",
                "/v1/openapi/auth/alipay/go/NOSUCHTOKEN"}) {
            String ip = newAddress();
            get(ip, path);

            HttpResponse<String> refused = get(ip, path);

            assertThat(refused.statusCode()).as(path).isEqualTo(429);
            assertThat(refused.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(refused.body()).as(path).contains(PAYER_TEXT).contains("RATE_LIMITED");
            assertThat(refused.headers().firstValue("Retry-After")).as(path).isPresent();
        }
    }

    @Test
    void jucaiWhenClientAddressOverLimitThenSeedShapeWithCode429() {
        String ip = newAddress();
        post(ip, "/pay/api/1.0/auth2OpenId", "{}");

        HttpResponse<String> refused = post(ip, "/pay/api/1.0/auth2OpenId", "{}");

        assertThat(refused.statusCode()).isEqualTo(200); // the seed answers everything with 200
        JsonNode answer = json(refused);
        assertThat(answer.get("code").asInt()).isEqualTo(429);
        assertThat(answer.get("msg").asString()).isEqualTo(PAYER_TEXT);
        assertThat(answer.get("data").get("returnCode").asString()).isEqualTo("100009");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void wxCompatWhenClientAddressOverLimitThenErrcode45011() {
        String ip = newAddress();
        get(ip, "/cgi-bin/token?grant_type=client_credential&appid=x&secret=y");

        HttpResponse<String> refused = get(ip, "/wxa/getpaidunionid?access_token=t&openid=o&transaction_id=1");

        assertThat(refused.statusCode()).isEqualTo(200); // as WeChat's own frequency refusals
        assertThat(json(refused).get("errcode").asInt()).isEqualTo(45011);
        assertThat(json(refused).get("errmsg").asString()).startsWith("api minute-quota reach limit");
    }

    @Test
    void exchangeWhenClientAddressOverLimitThenSeedStatus1Unsigned() {
        String ip = newAddress();
        post(ip, "/v1/openapi/auth/alipay/url", "{}");

        HttpResponse<String> refused = post(ip, "/v1/openapi/auth/alipay/url", "{}");

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(json(refused).get("status").asInt()).isEqualTo(1);
        assertThat(json(refused).get("message").asString()).contains("too many requests").contains("retry after");
        assertThat(refused.headers().firstValue("sign")).isEmpty();
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void adminApiWhenClientAddressOverLimitThenNotLimited() {
        String ip = newAddress();
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> answer = send(ip, HttpRequest.newBuilder(URI.create(BASE + "/admin/v1/institutions"))
                    .header("Authorization", "Bearer test-operator-token").GET());
            assertThat(answer.statusCode()).isEqualTo(200);
        }
    }

    // ------------------------------------------------------------------ per app (or merchant), seed dialects

    @Test
    void wxCompatTokenWhenAppQuotaSpentThen45011AndWrongSecretsSpendNothing() {
        TestMerchant merchant = TestMerchants.alone(admin);
        String wrong = "/cgi-bin/token?grant_type=client_credential&appid=" + merchant.app().appId() + "&secret=wrong";
        for (int i = 0; i < 3; i++) {
            assertThat(json(get(newAddress(), wrong)).get("errcode").asInt()).isEqualTo(40125);
        }
        String right = "/cgi-bin/token?grant_type=client_credential&appid=" + merchant.app().appId() + "&secret=" + merchant.key();
        assertThat(json(get(newAddress(), right)).has("access_token")).isTrue();
        assertThat(json(get(newAddress(), right)).has("access_token")).isTrue();

        assertThat(json(get(newAddress(), right)).get("errcode").asInt()).isEqualTo(45011);
    }

    @Test
    void jucaiWhenAppQuotaSpentThenSignedSeedAnswer100009AndBadSignsSpendNothing() {
        TestMerchant merchant = TestMerchants.alone(admin);
        Map<String, String> request = new TreeMap<>(Map.of("appId", merchant.app().appId(), "mchNo", merchant.merchant().mchNo(),
                "authCode", "134567890123456789", "clientIp", "127.0.0.1", "mchOrderNo", "rl-0001", "termId", "12345678",
                "version", "1.0", "wayCode", "WECHAT"));
        Map<String, String> forged = new TreeMap<>(request);
        forged.put("sign", jucaiSign(request, "not-the-key"));
        for (int i = 0; i < 3; i++) {
            assertThat(json(post(newAddress(), "/pay/api/1.0/auth2OpenId", JSON.writeValueAsString(forged)))
                    .get("data").get("returnCode").asString()).isEqualTo("100003");
        }
        Map<String, String> signed = new TreeMap<>(request);
        signed.put("sign", jucaiSign(request, merchant.key()));
        String body = JSON.writeValueAsString(signed);
        assertThat(json(post(newAddress(), "/pay/api/1.0/auth2OpenId", body)).get("code").asInt()).isNotEqualTo(429);
        assertThat(json(post(newAddress(), "/pay/api/1.0/auth2OpenId", body)).get("code").asInt()).isNotEqualTo(429);

        HttpResponse<String> refused = post(newAddress(), "/pay/api/1.0/auth2OpenId", body);

        JsonNode answer = json(refused);
        assertThat(answer.get("code").asInt()).isEqualTo(429);
        assertThat(answer.get("data").get("returnCode").asString()).isEqualTo("100009");
        assertThat(answer.get("sign").asString()).as("the app is known: the answer is signed").matches("[0-9a-f]{32}");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void exchangeWhenAppQuotaSpentThenSignedStatus1AndForgeriesSpendNothing() {
        TestMerchant merchant = TestMerchants.alone(admin);
        String business = merchant.app().appId();
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> forged = exchange(business, exchangeBody(merchant, "rl-forged-" + i), "not-the-key");
            assertThat(json(forged).get("status").asInt()).isEqualTo(2);
        }
        assertThat(json(exchange(business, exchangeBody(merchant, "rl-1"), merchant.key())).get("message").asString())
                .doesNotContain("too many requests"); // status 1 too: no ALIPAY channel, but past authentication
        assertThat(json(exchange(business, exchangeBody(merchant, "rl-2"), merchant.key())).get("message").asString())
                .doesNotContain("too many requests"); // status 1 too: no ALIPAY channel, but past authentication

        HttpResponse<String> refused = exchange(business, exchangeBody(merchant, "rl-3"), merchant.key());

        assertThat(json(refused).get("status").asInt()).isEqualTo(1);
        assertThat(json(refused).get("message").asString()).contains("too many requests for app " + business);
        assertThat(refused.headers().firstValue("sign")).as("the caller was authenticated: signed").isPresent();
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void yifuWhenMerchantQuotaSpentThenPayerPageAndBadSignsSpendNothing() {
        Institution institution = admin.createInstitution("ISV_RL" + TestMerchants.uniqueSuffix(), "限流机构", Secret.of("yifu-key"));
        Merchant merchant = admin.createMerchant(institution.id(), "MCH_RL" + TestMerchants.uniqueSuffix(), "限流商户", true);
        String redirect = "https://shop.example.com/back";
        String query = "/yfpay/jsapi/getauth2?inst_no=" + institution.instNo() + "&mch_no=" + merchant.mchNo()
                + "&redirect_uri=" + URLEncoder.encode(redirect, StandardCharsets.UTF_8) + "&sign=";
        String sign = md5("inst_no=" + institution.instNo() + "&mch_no=" + merchant.mchNo() + "&redirect_uri="
                + redirect + "&key=yifu-key");
        for (int i = 0; i < 3; i++) {
            assertThat(get(newAddress(), query + "0".repeat(32)).body()).contains("INVALID_SIGNATURE");
        }
        assertThat(get(newAddress(), query + sign).statusCode()).isNotEqualTo(429);
        assertThat(get(newAddress(), query + sign).statusCode()).isNotEqualTo(429);

        HttpResponse<String> refused = get(newAddress(), query + sign);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains(PAYER_TEXT);
    }

    @Test
    void liantuofuWhenMerchantQuotaSpentThenPayerPage() {
        TestMerchant merchant = TestMerchants.alone(admin);
        String path = "/open/wechatUserAuth?merchantCode=" + merchant.merchant().mchNo() + "&redirectUri=https%3A%2F%2Fa.example%2F";
        assertThat(get(newAddress(), path).statusCode()).isNotEqualTo(429);
        assertThat(get(newAddress(), path).statusCode()).isNotEqualTo(429);

        HttpResponse<String> refused = get(newAddress(), path);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains(PAYER_TEXT);
    }

    // ------------------------------------------------------------------ plumbing

    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    private static HttpResponse<String> get(String ip, String path) {
        return send(ip, HttpRequest.newBuilder(URI.create(BASE + path)).header("User-Agent", "Mozilla/5.0 MicroMessenger/8.0.47").GET());
    }

    private static HttpResponse<String> post(String ip, String path, String json) {
        return send(ip, HttpRequest.newBuilder(URI.create(BASE + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static HttpResponse<String> send(String ip, HttpRequest.Builder request) {
        try {
            return HTTP.send(request.header("X-Forwarded-For", ip).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String exchangeBody(TestMerchant merchant, String serialNo) {
        return "{\"merchantId\":\"" + merchant.merchant().mchNo() + "\",\"businessId\":\"" + merchant.app().appId()
                + "\",\"serialNo\":\"" + serialNo + "\",\"userId\":\"u1\"}";
    }

    /** Seed 004's rule, from its document: sorted headers as k=v&, the raw body, the key; MD5 uppercase. */
    private static HttpResponse<String> exchange(String businessId, String body, String key) {
        String nonce = "n" + System.nanoTime();
        String timestamp = Long.toString(System.currentTimeMillis());
        String sign = md5("businessId=" + businessId + "&nonce=" + nonce + "&signType=MD5&timestamp=" + timestamp + body + key)
                .toUpperCase(java.util.Locale.ROOT);
        return send(newAddress(), HttpRequest.newBuilder(URI.create(BASE + "/v1/openapi/auth/alipay/url"))
                .header("Content-Type", "application/json; charset=utf-8").header("businessId", businessId)
                .header("nonce", nonce).header("timestamp", timestamp).header("signType", "MD5").header("sign", sign)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Seed 000's rule, written from its document: sorted non-empty fields, {@code &key=}, MD5 lowercase hex. */
    private static String jucaiSign(Map<String, String> fields, String key) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(fields).forEach((k, v) -> text.append(k).append('=').append(v).append('&'));
        return md5(text + "key=" + key);
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
