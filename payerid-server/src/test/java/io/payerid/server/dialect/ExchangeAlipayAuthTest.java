package io.payerid.server.dialect;

import static io.payerid.server.dialect.ExchangeMerchantClient.answerHeaders;
import static io.payerid.server.dialect.ExchangeMerchantClient.headers;
import static io.payerid.server.dialect.ExchangeMerchantClient.md5Sign;
import static io.payerid.server.dialect.ExchangeMerchantClient.rsaSign;
import static io.payerid.server.dialect.ExchangeMerchantClient.rsaVerify;
import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.AlipayApp;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.core.tenant.cache.TenantChange;
import io.payerid.core.tenant.cache.TenantChanges;
import io.payerid.sandbox.alipay.IdentityMode;
import io.payerid.sandbox.alipay.SandboxAlipayApp;
import io.payerid.sandbox.alipay.SandboxAlipayApps;
import io.payerid.server.config.PlatformKeys;
import io.payerid.server.demo.DemoAlipaySeeder;
import io.payerid.server.demo.DemoCredentials;
import io.payerid.server.demo.DemoTenant;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.dialect.CallbackReceiver.Delivery;
import io.payerid.server.outbox.CallbackOutbox;
import io.payerid.server.support.Browser;
import io.payerid.server.support.Browser.Hop;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.StatementCounter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seed 004 (兑换系统 {@code POST /v1/openapi/auth/alipay/url}) over HTTP: the seed's own curl example with
 * real values, signed by hand in both MD5 and SHA256-RSA modes; the answer's signature checked by hand;
 * the link opened in Alipay (sandbox) to the result page; the signed callback at a loopback receiver,
 * redelivered under the same notification id until acknowledged; and every status of the vendor's table
 * the API can produce.
 */
@TestPropertySource(properties = {
        "payerid.outbox.poll-interval=100ms",
        "payerid.outbox.retry-schedule=300ms,300ms,300ms,300ms,300ms,300ms,300ms,300ms,300ms",
        "payerid.dialects.exchange.success-status-overrides[exch_420]=420"})
class ExchangeAlipayAuthTest extends GatewayTest {

    /** The seed example's merchantId and businessId ("19"); the business is an app of that merchant. */
    static final String MCH_NO = "19";
    static final String BUSINESS_ID = "19";
    static final String MD5_KEY = "exchange-md5-key-0123456789abcdef";
    static final String APP_420 = "exch_420";
    static final String KEY_420 = "exchange-420-key-0123456789abcdef";
    static final String NO_ALIPAY_BUSINESS = "exch_noalipay";
    static final String BAD_ALIPAY_BUSINESS = "exch_badalipay";
    static final String LINK_PREFIX = BASE + "/v1/openapi/auth/alipay/go/";
    static final String RESULT_PREFIX = BASE + "/v1/pages/exchange-004/";

    private static final KeyPair MERCHANT_RSA = rsaKeyPair();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static CallbackReceiver receiver;

    @Autowired
    DemoTenantSeeder seeder;
    @Autowired
    DemoAlipaySeeder alipaySeeder;
    @Autowired
    TenantDirectory directory;
    @Autowired
    TenantChanges changes;
    @Autowired
    TenantAdmin admin;
    @Autowired
    SandboxAlipayApps sandbox;
    @Autowired
    CallbackOutbox outbox;
    @Autowired
    JdbcClient jdbc;

    private final ExchangeMerchantClient merchant = new ExchangeMerchantClient(BASE);

    @BeforeAll
    static void startReceiver() {
        receiver = new CallbackReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @BeforeEach
    void seedBusinesses() {
        DemoCredentials demo = seeder.seed();
        assertThat(alipaySeeder.seed()).isPresent();
        Institution institution = directory.institutionByInstNo(DemoTenant.INST_NO).orElseThrow();
        Merchant merchant19 = merchant(institution, MCH_NO);
        String publicKey = Base64.getEncoder().encodeToString(MERCHANT_RSA.getPublic().getEncoded());
        MerchantApp app = app(merchant19, BUSINESS_ID, MD5_KEY);
        admin.updateApp(app.id(), Secret.of(MD5_KEY), publicKey, Set.of(SignType.MD5, SignType.RSA2));
        app(merchant19, APP_420, KEY_420);
        whitelistReceiver(merchant19);
        assertThat(demo.appId()).isEqualTo(DemoTenant.APP_ID);
    }

    // ---- the seed's example, both sign types -------------------------------------------------------------

    /** Seed 004 writes its auth request by design; only the configuration reads must be gone. */
    @Test
    void authUrlWhenWarmedThenNoConfigurationSql() {
        changes.publish(TenantChange.everything());
        java.util.function.Supplier<HttpResponse<String>> ask = () -> {
            String body = seedExampleBody(serial("sql"), receiver.url("/exchange/sql"));
            Map<String, String> headers = headers(BUSINESS_ID, "MD5");
            headers.put("sign", md5Sign(headers, body, MD5_KEY));
            return merchant.post(headers, body);
        };
        StatementCounter.Recorded<HttpResponse<String>> cold = StatementCounter.during(ask);
        StatementCounter.Recorded<HttpResponse<String>> warm = StatementCounter.during(ask);

        assertThat(JSON.readTree(warm.result().body()).get("status").asInt()).as(warm.result().body()).isZero();
        System.out.printf("statements per request, POST /v1/openapi/auth/alipay/url (seed 004): cold %d (configuration %d),"
                + " warm %d (configuration %d)%n", cold.statements().size(), cold.configurationStatements().size(),
                warm.statements().size(), warm.configurationStatements().size());
        assertThat(cold.configurationStatements()).isNotEmpty();
        assertThat(warm.configurationStatements()).isEmpty();
    }

    @Test
    void theSeedExampleInMd5ModeGivesALinkThatIdentifiesThePayerAndCallsTheMerchantBack() throws Exception {
        String serialNo = serial("abcd");
        String body = seedExampleBody(serialNo, receiver.url("/exchange/ok"));
        Map<String, String> headers = headers(BUSINESS_ID, "MD5");
        headers.put("sign", md5Sign(headers, body, MD5_KEY));

        HttpResponse<String> response = merchant.post(headers, body);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.get("status").asInt()).isZero();
        assertThat(answer.get("message").asString()).isEqualTo("success");
        String link = answer.get("data").get("alipayAuthUrl").asString();
        assertThat(link).matches(java.util.regex.Pattern.quote(LINK_PREFIX) + "[A-Za-z0-9]{32}");
        assertMd5Signed(response, MD5_KEY);

        String token = link.substring(LINK_PREFIX.length());
        Browser payer = Browser.alipay().asSandboxAlipayUser(BASE, "alice");
        Hop entry = payer.get(link);
        assertThat(entry.status()).isEqualTo(302);
        assertThat(entry.location()).startsWith(BASE + "/sandbox/alipay/openauth/oauth2/publicAppAuthorize.htm?app_id="
                + DemoTenant.ALIPAY_APP_ID + "&scope=auth_base&redirect_uri=");
        Hop last = payer.follow(entry.location(), l -> l.startsWith(RESULT_PREFIX));
        assertThat(last.location()).isEqualTo(RESULT_PREFIX + token);
        Hop result = payer.get(last.location());
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).contains("授权成功").doesNotContain("授权失败");

        Delivery callback = receiver.await(d -> d.body().contains(serialNo), 1, Duration.ofSeconds(20)).getFirst();
        assertThat(callback.path()).isEqualTo("/exchange/ok");
        assertThat(callback.header("signType")).isNull();
        assertThat(callback.header("businessId")).isEqualTo(BUSINESS_ID);
        assertThat(callback.header("sign")).isEqualTo(md5Sign(answerHeaders(callback::header), callback.body(), MD5_KEY));
        assertThat(callback.body()).startsWith("{\"serialNo\":\"" + serialNo + "\"");
        JsonNode notification = JSON.readTree(callback.body());
        assertThat(notification.get("userId").asString()).isEqualTo("user1");
        assertThat(notification.get("openId").asString()).matches("0[0-9A-Za-z]{45}");
        assertThat(notification.has("aliUserId")).isFalse(); // the demo Alipay app is on the OpenID scheme
        assertThat(notification.get("merchantId").asString()).isEqualTo(MCH_NO);
        assertThat(notification.get("businessId").asString()).isEqualTo(BUSINESS_ID);
        String notifyId = notification.get("notifyId").asString();
        assertThat(notifyId).hasSize(26);

        JsonNode history = awaitCallbackStatus(notifyId, "DELIVERED");
        assertThat(history.get("reference").asString()).isEqualTo(serialNo);
        assertThat(history.get("history").get(0).get("outcome").asString()).isEqualTo("DELIVERED");

        Hop again = Browser.alipay().asSandboxAlipayUser(BASE, "bob").get(link);
        assertThat(again.location()).as("an authorized link shows its result, it does not start over")
                .isEqualTo(RESULT_PREFIX + token);
        assertThat(receiver.deliveries()).filteredOn(d -> d.body().contains(serialNo)).hasSize(1);
    }

    @Test
    void sha256RsaIsTheDefaultWithoutASignTypeHeaderAndAnswersAreSignedWithThePlatformKey() throws Exception {
        String serialNo = serial("rsa");
        String body = seedExampleBody(serialNo, receiver.url("/exchange/rsa"));
        Map<String, String> headers = headers(BUSINESS_ID, null);
        headers.put("sign", rsaSign(headers, body, MERCHANT_RSA.getPrivate()));

        HttpResponse<String> response = merchant.post(headers, body);

        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.get("status").asInt()).as(response.body()).isZero();
        PublicKey platform = platformPublicKey();
        assertThat(rsaVerify(answerHeaders(n -> response.headers().firstValue(n).orElse(null)), response.body(),
                response.headers().firstValue("sign").orElseThrow(), platform)).isTrue();

        Browser payer = Browser.alipay().asSandboxAlipayUser(BASE, "bob");
        Hop last = payer.follow(answer.get("data").get("alipayAuthUrl").asString(), l -> l.startsWith(RESULT_PREFIX));
        assertThat(payer.get(last.location()).body()).contains("授权成功");

        Delivery callback = receiver.await(d -> d.body().contains(serialNo), 1, Duration.ofSeconds(20)).getFirst();
        assertThat(rsaVerify(answerHeaders(callback::header), callback.body(), callback.header("sign"), platform)).isTrue();
        assertThat(JSON.readTree(callback.body()).get("userId").asString()).isEqualTo("user1");
    }

    @Test
    void anExplicitSha256RsaSignTypeHeaderIsPartOfTheSignString() {
        String body = seedExampleBody(serial("rsa-explicit"), null);
        Map<String, String> headers = headers(BUSINESS_ID, "SHA256-RSA");
        headers.put("sign", rsaSign(headers, body, MERCHANT_RSA.getPrivate()));
        assertThat(status(merchant.post(headers, body))).isZero();

        Map<String, String> signedWithoutIt = headers(BUSINESS_ID, null);
        String sign = rsaSign(signedWithoutIt, body, MERCHANT_RSA.getPrivate());
        signedWithoutIt.put("signType", "SHA256-RSA");
        signedWithoutIt.put("sign", sign);
        assertThat(status(merchant.post(signedWithoutIt, body))).isEqualTo(2);
    }

    @Test
    void theDocumentedUserIdFieldWorksAsWellAsTheExamplesThirdAccount() throws Exception {
        String serialNo = serial("userid");
        String body = "{\"merchantId\":\"19\",\"businessId\":\"19\",\"serialNo\":\"" + serialNo
                + "\",\"userId\":\"customer-7\",\"callbackUrl\":\"" + receiver.url("/exchange/userid") + "\"}";
        HttpResponse<String> response = md5Post(body);
        assertThat(status(response)).isZero();

        Browser payer = Browser.alipay().asSandboxAlipayUser(BASE, "alice");
        payer.follow(JSON.readTree(response.body()).get("data").get("alipayAuthUrl").asString(), l -> l.startsWith(RESULT_PREFIX));
        Delivery callback = receiver.await(d -> d.body().contains(serialNo), 1, Duration.ofSeconds(20)).getFirst();
        assertThat(JSON.readTree(callback.body()).get("userId").asString()).isEqualTo("customer-7");
    }

    @Test
    void aCallbackThatIsNotAcknowledgedIsDeliveredAgainWithTheSameNotificationId() throws Exception {
        receiver.answer("/exchange/flaky", "FAIL", "success");
        String serialNo = serial("flaky");
        HttpResponse<String> response = md5Post(seedExampleBody(serialNo, receiver.url("/exchange/flaky")));
        Browser.alipay().asSandboxAlipayUser(BASE, "alice")
                .follow(JSON.readTree(response.body()).get("data").get("alipayAuthUrl").asString(), l -> l.startsWith(RESULT_PREFIX));

        List<Delivery> deliveries = receiver.await(d -> d.body().contains(serialNo), 2, Duration.ofSeconds(20));
        Delivery first = deliveries.get(0);
        Delivery second = deliveries.get(1);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.header("nonce")).isNotEqualTo(first.header("nonce"));
        for (Delivery d : deliveries) {
            assertThat(d.header("sign")).isEqualTo(md5Sign(answerHeaders(d::header), d.body(), MD5_KEY));
        }
        String notifyId = JSON.readTree(first.body()).get("notifyId").asString();
        JsonNode view = awaitCallbackStatus(notifyId, "DELIVERED");
        assertThat(view.get("history").valueStream().map(a -> a.get("outcome").asString()).toList())
                .containsExactly("REJECTED", "DELIVERED");
    }

    @Test
    void theSuccessStatusCanBeSetPerBusinessForMerchantsThatExpectTheExamples420() {
        String body = "{\"merchantId\":\"19\",\"businessId\":\"" + APP_420 + "\",\"serialNo\":\"" + serial("s420")
                + "\",\"userId\":\"u\"}";
        Map<String, String> headers = headers(APP_420, "MD5");
        headers.put("sign", md5Sign(headers, body, KEY_420));
        HttpResponse<String> response = merchant.post(headers, body);
        assertThat(status(response)).isEqualTo(420);
        assertMd5Signed(response, KEY_420);
    }

    // ---- the payer's side ------------------------------------------------------------------------------

    @Test
    void outsideAlipayTheLinkAsksToBeOpenedInAlipay() throws Exception {
        String link = JSON.readTree(md5Post(seedExampleBody(serial("wechat"), null)).body())
                .get("data").get("alipayAuthUrl").asString();
        Hop hop = Browser.wechat().get(link);
        assertThat(hop.status()).isEqualTo(200);
        assertThat(hop.body()).contains("请在支付宝中打开")
                .contains("alipays://platformapi/startapp?appId=20000067&amp;url=" + URLEncoder.encode(link, StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownOrExpiredLinkIsAPayerPage() throws Exception {
        Hop unknown = Browser.alipay().get(LINK_PREFIX + "NoSuchTokenNoSuchTokenNoSuchTok1");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("FLOW_STATE_INVALID").contains("授权信息无效");

        String link = JSON.readTree(md5Post(seedExampleBody(serial("expired"), null)).body())
                .get("data").get("alipayAuthUrl").asString();
        jdbc.sql("UPDATE exchange_auth_request SET expires_at = ? WHERE link_token = ?")
                .params(System.currentTimeMillis() - 1, link.substring(LINK_PREFIX.length())).update();
        Hop expired = Browser.alipay().get(link);
        assertThat(expired.status()).isEqualTo(400);
        assertThat(expired.body()).contains("FLOW_EXPIRED").contains("授权已超时");
    }

    @Test
    void aFailedAuthorizationShowsTheFailurePageAndCallsNobody() throws Exception {
        Merchant badAlipay = merchantWithAlipayAppTheSandboxSignsDifferently();
        app(badAlipay, BAD_ALIPAY_BUSINESS, MD5_KEY);
        whitelistReceiver(badAlipay);
        String serialNo = serial("bad");
        String body = "{\"merchantId\":\"" + badAlipay.mchNo() + "\",\"businessId\":\"" + BAD_ALIPAY_BUSINESS
                + "\",\"serialNo\":\"" + serialNo + "\",\"userId\":\"u\",\"callbackUrl\":\"" + receiver.url("/exchange/bad") + "\"}";
        Map<String, String> headers = headers(BAD_ALIPAY_BUSINESS, "MD5");
        headers.put("sign", md5Sign(headers, body, MD5_KEY));
        String link = JSON.readTree(merchant.post(headers, body).body()).get("data").get("alipayAuthUrl").asString();

        Browser payer = Browser.alipay().asSandboxAlipayUser(BASE, "alice");
        Hop last = payer.follow(link, l -> l.startsWith(RESULT_PREFIX));
        Hop result = payer.get(last.location());

        assertThat(result.body()).contains("授权失败").contains("商户未开通该渠道").contains("CHANNEL_NOT_CONFIGURED")
                .contains("重新授权").contains("请求编号:" + result.headers().firstValue("X-Request-Id").orElseThrow());
        assertThat(outbox.byReference(serialNo, 10)).isEmpty();
        assertThat(receiver.deliveries()).noneMatch(d -> d.body().contains(serialNo));
    }

    // ---- every status of the vendor's table --------------------------------------------------------------

    @Test
    void status2WhenTheSignatureDoesNotMatch() {
        String body = seedExampleBody(serial("s2"), null);
        Map<String, String> wrongKey = headers(BUSINESS_ID, "MD5");
        wrongKey.put("sign", md5Sign(wrongKey, body, "not-the-key"));
        assertRefused(merchant.post(wrongKey, body), 2);

        Map<String, String> reformatted = headers(BUSINESS_ID, "MD5");
        reformatted.put("sign", md5Sign(reformatted, body, MD5_KEY));
        assertRefused(merchant.post(reformatted, body.replace("\": \"", "\":\"")), 2); // same JSON, other bytes

        Map<String, String> lowercase = headers(BUSINESS_ID, "MD5");
        lowercase.put("sign", md5Sign(lowercase, body, MD5_KEY).toLowerCase());
        assertThat(status(merchant.post(lowercase, body))).as("MD5 is compared case-insensitively").isZero();
    }

    @Test
    void status2WhenTheSignTypeIsUnknownOrNotEnabledForTheBusiness() {
        String body = seedExampleBody(serial("s2type"), null);
        Map<String, String> hmac = headers(BUSINESS_ID, "HMAC-SHA256");
        hmac.put("sign", md5Sign(hmac, body, MD5_KEY));
        assertRefused(merchant.post(hmac, body), 2);

        String demoBody = "{\"merchantId\":\"MCH_DEMO\",\"businessId\":\"app_demo\",\"serialNo\":\"" + serial("d")
                + "\",\"userId\":\"u\"}";
        Map<String, String> rsaDefault = headers(DemoTenant.APP_ID, null);
        rsaDefault.put("sign", rsaSign(rsaDefault, demoBody, MERCHANT_RSA.getPrivate()));
        HttpResponse<String> response = merchant.post(rsaDefault, demoBody);
        assertRefused(response, 2);
        assertThat(JSON.readTree(response.body()).get("message").asString()).contains("SHA256-RSA");
    }

    @Test
    void status3WhenAHeaderOrABodyFieldIsMissing() {
        String body = seedExampleBody(serial("s3"), null);
        Map<String, String> noNonce = headers(BUSINESS_ID, "MD5");
        noNonce.remove("nonce");
        noNonce.put("sign", md5Sign(noNonce, body, MD5_KEY));
        HttpResponse<String> response = merchant.post(noNonce, body);
        assertRefused(response, 3);
        assertThat(JSON.readTree(response.body()).get("message").asString()).contains("nonce");

        String noSerial = "{\"merchantId\":\"19\",\"businessId\":\"19\",\"thirdAccount\":\"user1\"}";
        HttpResponse<String> missingField = md5Post(noSerial);
        assertThat(status(missingField)).isEqualTo(3);
        assertThat(JSON.readTree(missingField.body()).get("message").asString()).contains("serialNo");
        assertMd5Signed(missingField, MD5_KEY);

        assertThat(status(md5Post(""))).isEqualTo(3);
    }

    @Test
    void status4ForAnyMethodButPost() {
        HttpResponse<String> get = merchant.get(ExchangeMerchantClient.PATH);
        assertRefused(get, 4);
        HttpResponse<String> put = merchant.send(HttpRequest.newBuilder(URI.create(BASE + ExchangeMerchantClient.PATH))
                .PUT(HttpRequest.BodyPublishers.ofString("{}")));
        assertRefused(put, 4);
    }

    @Test
    void status5WhenTheTimestampIsOutsideTheWindow() {
        String body = seedExampleBody(serial("s5"), null);
        Map<String, String> stale = headers(BUSINESS_ID, "MD5", System.currentTimeMillis() - Duration.ofMinutes(6).toMillis(),
                UUID.randomUUID().toString());
        stale.put("sign", md5Sign(stale, body, MD5_KEY));
        HttpResponse<String> response = merchant.post(stale, body);
        assertThat(status(response)).isEqualTo(5);
        assertMd5Signed(response, MD5_KEY);

        Map<String, String> seconds = headers(BUSINESS_ID, "MD5", System.currentTimeMillis() / 1000, UUID.randomUUID().toString());
        seconds.put("sign", md5Sign(seconds, body, MD5_KEY));
        assertThat(status(merchant.post(seconds, body))).as("epoch seconds are not milliseconds").isEqualTo(5);
    }

    @Test
    void status6WhenANonceIsReused() {
        String nonce = UUID.randomUUID().toString();
        String first = seedExampleBody(serial("s6a"), null);
        Map<String, String> h1 = headers(BUSINESS_ID, "MD5", System.currentTimeMillis(), nonce);
        h1.put("sign", md5Sign(h1, first, MD5_KEY));
        assertThat(status(merchant.post(h1, first))).isZero();

        String second = seedExampleBody(serial("s6b"), null);
        Map<String, String> h2 = headers(BUSINESS_ID, "MD5", System.currentTimeMillis(), nonce);
        h2.put("sign", md5Sign(h2, second, MD5_KEY));
        HttpResponse<String> replay = merchant.post(h2, second);
        assertThat(status(replay)).isEqualTo(6);
        assertMd5Signed(replay, MD5_KEY);
    }

    @Test
    void status7ForAnUnknownBusinessOrAMerchantThatIsNotTheBusinesss() {
        String body = seedExampleBody(serial("s7"), null).replace("\"businessId\": \"19\"", "\"businessId\": \"55\"");
        Map<String, String> unknown = headers("55", "MD5");
        unknown.put("sign", md5Sign(unknown, body, MD5_KEY));
        assertRefused(merchant.post(unknown, body), 7);

        HttpResponse<String> otherMerchant = md5Post(seedExampleBody(serial("s7b"), null)
                .replace("\"merchantId\": \"19\"", "\"merchantId\": \"MCH_DEMO\""));
        assertThat(status(otherMerchant)).isEqualTo(7);
        assertMd5Signed(otherMerchant, MD5_KEY);
    }

    @Test
    void status8WhenASerialNoIsRepeatedEvenConcurrently() throws Exception {
        String body = seedExampleBody(serial("s8"), null);
        assertThat(status(md5Post(body))).isZero();
        HttpResponse<String> repeat = md5Post(body);
        assertThat(status(repeat)).isEqualTo(8);
        assertMd5Signed(repeat, MD5_KEY);

        String raced = seedExampleBody(serial("s8race"), null);
        int racers = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
            for (int i = 0; i < racers; i++) {
                Map<String, String> headers = headers(BUSINESS_ID, "MD5");
                headers.put("sign", md5Sign(headers, raced, MD5_KEY));
                Callable<Integer> racer = () -> {
                    start.await();
                    return status(merchant.post(headers, raced));
                };
                outcomes.add(pool.submit(racer));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> outcome : outcomes) {
                statuses.add(outcome.get());
            }
            assertThat(statuses).containsOnly(0, 8).filteredOn(s -> s == 0).hasSize(1);
        }
    }

    @Test
    void status99ForMalformedJsonMismatchedBusinessOrACallbackUrlOutsideTheWhitelist() {
        assertThat(status(md5Post("{\"merchantId\": \"19\", "))).isEqualTo(99);
        assertThat(status(md5Post("[\"19\"]"))).isEqualTo(99);

        String otherBusiness = seedExampleBody(serial("s99b"), null).replace("\"businessId\": \"19\"", "\"businessId\": \"55\"");
        assertThat(status(md5Post(otherBusiness))).isEqualTo(99);

        // the seed example's own callbackUrl is not even an absolute URL
        HttpResponse<String> seedCallback = md5Post(seedExampleBody(serial("s99c"), "www.xn---xn--7mz-rs30a.info"));
        assertThat(status(seedCallback)).isEqualTo(99);
        assertThat(JSON.readTree(seedCallback.body()).get("message").asString()).contains("callbackUrl");
        assertMd5Signed(seedCallback, MD5_KEY);
        assertThat(status(md5Post(seedExampleBody(serial("s99d"), "https://attacker.example/collect")))).isEqualTo(99);
    }

    @Test
    void status1WhenTheMerchantHasNoAlipayChannel() {
        Institution bare = directory.institutionByInstNo("EXCH_BARE")
                .orElseGet(() -> admin.createInstitution("EXCH_BARE", "no channels", null));
        Merchant noAlipay = merchant(bare, "EXCH_NOALIPAY");
        app(noAlipay, NO_ALIPAY_BUSINESS, MD5_KEY);
        String body = "{\"merchantId\":\"EXCH_NOALIPAY\",\"businessId\":\"" + NO_ALIPAY_BUSINESS + "\",\"serialNo\":\""
                + serial("s1") + "\",\"userId\":\"u\"}";
        Map<String, String> headers = headers(NO_ALIPAY_BUSINESS, "MD5");
        headers.put("sign", md5Sign(headers, body, MD5_KEY));
        HttpResponse<String> response = merchant.post(headers, body);
        assertThat(status(response)).isEqualTo(1);
        assertThat(JSON.readTree(response.body()).get("message").asString()).contains("Alipay");
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    /** The seed's request example, byte for byte in its layout, with a fresh serialNo and our callback. */
    private static String seedExampleBody(String serialNo, String callbackUrl) {
        return "{ \"merchantId\": \"19\", \"businessId\": \"19\", \"serialNo\": \"" + serialNo + "\", \"thirdAccount\": \"user1\""
                + (callbackUrl == null ? "" : ", \"callbackUrl\": \"" + callbackUrl + "\"") + " }";
    }

    private HttpResponse<String> md5Post(String body) {
        Map<String, String> headers = headers(BUSINESS_ID, "MD5");
        headers.put("sign", md5Sign(headers, body, MD5_KEY));
        return merchant.post(headers, body);
    }

    private static int status(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("status").asInt();
    }

    /** The seed's shape, {@code data} null, and no sign header: the caller was not authenticated. */
    private static void assertRefused(HttpResponse<String> response, int expectedStatus) {
        assertThat(status(response)).as(response.body()).isEqualTo(expectedStatus);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("message").asString()).isNotBlank();
        assertThat(body.get("data").isNull()).isTrue();
        assertThat(response.headers().firstValue("sign")).isEmpty();
    }

    private static void assertMd5Signed(HttpResponse<String> response, String key) {
        Map<String, String> signed = answerHeaders(n -> response.headers().firstValue(n).orElse(null));
        assertThat(signed.get("nonce")).isNotBlank();
        assertThat(Long.parseLong(signed.get("timestamp"))).isCloseTo(System.currentTimeMillis(), org.assertj.core.data.Offset.offset(60_000L));
        assertThat(response.headers().firstValue("sign")).hasValue(md5Sign(signed, response.body(), key));
    }

    private PublicKey platformPublicKey() throws Exception {
        HttpResponse<String> response = merchant.get("/v1/openapi/platform-public-key");
        String base64 = JSON.readTree(response.body()).get("data").get("publicKey").asString();
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private JsonNode awaitCallbackStatus(String notifyId, String status) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            HttpResponse<String> response = merchant.send(HttpRequest.newBuilder(URI.create(BASE + "/admin/v1/callbacks/" + notifyId))
                    .header("Authorization", "Bearer test-operator-token").GET());
            JsonNode view = JSON.readTree(response.body());
            if (response.statusCode() == 200 && status.equals(view.get("status").asString())) {
                return view;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("callback " + notifyId + " not " + status + ": " + response.body());
            }
            Thread.sleep(100);
        }
    }

    private static String serial(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private Merchant merchant(Institution institution, String mchNo) {
        return directory.merchantByMchNo(mchNo).orElseGet(() -> admin.createMerchant(institution.id(), mchNo, "兑换 " + mchNo, true));
    }

    private MerchantApp app(Merchant owner, String appId, String key) {
        return directory.appByAppId(appId).orElseGet(() -> admin.createApp(owner.id(), appId, Secret.of(key), null,
                Set.of(SignType.MD5)));
    }

    private void whitelistReceiver(Merchant owner) {
        boolean listed = directory.whitelist(owner.id()).stream()
                .anyMatch(e -> e.host().equals("127.0.0.1") && e.port() == receiver.port());
        if (!listed) {
            admin.addWhitelistEntry(owner.id(), "http", "127.0.0.1", receiver.port(), "/exchange/");
        }
    }

    /** A merchant with its own Alipay app that the sandbox knows under another key: redeeming a code fails. */
    private Merchant merchantWithAlipayAppTheSandboxSignsDifferently() {
        Institution institution = directory.institutionByInstNo(DemoTenant.INST_NO).orElseThrow();
        Merchant created = merchant(institution, "EXCH_BADALIPAY");
        String alipayAppId = "2021" + String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        admin.putChannel(OwnerType.MERCHANT, created.id(), ChannelKind.ALIPAY, ChannelMode.DIRECT,
                Map.of(AlipayApp.APP_ID, alipayAppId, AlipayApp.ALIPAY_PUBLIC_KEY, sandbox.alipayPublicKey()),
                Map.of(AlipayApp.PRIVATE_KEY, Secret.of(PlatformKeys.generatePrivateKeyBase64())));
        String otherKey = PlatformKeys.fromPrivateKey(PlatformKeys.generatePrivateKeyBase64()).publicKeyBase64();
        sandbox.register(new SandboxAlipayApp(alipayAppId, otherKey, List.of("localhost"), IdentityMode.OPEN_ID, null, null,
                null, null));
        return created;
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
