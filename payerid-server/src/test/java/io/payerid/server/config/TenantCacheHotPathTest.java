package io.payerid.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.core.tenant.cache.TenantChange;
import io.payerid.core.tenant.cache.TenantChanges;
import io.payerid.server.demo.DemoCredentials;
import io.payerid.server.demo.DemoMiniAppSeeder;
import io.payerid.server.demo.DemoTenant;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.demo.DemoWechatPaySeeder;
import io.payerid.server.dialect.SeedTenants;
import io.payerid.server.qr.QrEntries;
import io.payerid.server.qr.QrEntry;
import io.payerid.server.support.Browser;
import io.payerid.server.support.Browser.Hop;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.MerchantClient;
import io.payerid.server.support.SandboxWechatClient;
import io.payerid.server.support.SignedJsonClient;
import io.payerid.server.support.SignedJsonClient.Answer;
import io.payerid.server.support.StatementCounter;
import io.payerid.server.support.StatementCounter.Recorded;
import io.payerid.server.support.TestMerchants;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hot endpoints run no SQL once the tenant cache is warm: each request is sent cold (cache dropped), then warm,
 * counting the statements the gateway ran while serving it ({@link StatementCounter}). The cold figure is what
 * every request cost before the cache. Endpoints that write by design (seed 004's auth requests, outbox rows) are
 * counted in their own tests, configuration reads only.
 */
class TenantCacheHotPathTest extends GatewayTest {

    private static final String RETURN = BASE + "/demo/return";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    DemoTenantSeeder tenantSeeder;
    @Autowired
    DemoWechatPaySeeder wechatPaySeeder;
    @Autowired
    DemoMiniAppSeeder miniAppSeeder;
    @Autowired
    TenantDirectory directory;
    @Autowired
    TenantAdmin admin;
    @Autowired
    TenantChanges changes;
    @Autowired
    QrEntries qrEntries;

    private DemoCredentials demo;
    private MerchantClient redirecting;
    private SignedJsonClient api;

    @BeforeEach
    void demoMerchant() {
        demo = tenantSeeder.seed();
        wechatPaySeeder.seed();
        miniAppSeeder.seed();
        redirecting = new MerchantClient(BASE, demo.appId(), demo.mchNo(), demo.appKey());
        api = new SignedJsonClient(BASE, demo.appId(), demo.mchNo(), demo.appKey());
    }

    @Test
    void authorizeEntryWhenWarmedThenNoSql() {
        assertNoSqlWhenWarm("GET /v1/oauth/authorize", () -> {
            Hop entry = Browser.wechat().get(redirecting.authorizeUrl(RETURN, "base", "order-1"));
            assertThat(entry.status()).isEqualTo(302);
            assertThat(entry.location()).contains("/sandbox/wechat/open/connect/oauth2/authorize?appid=");
            return entry;
        });
    }

    @Test
    void redirectFlowWhenWarmedThenNoSqlAtTheCallbackEither() {
        assertNoSqlWhenWarm("GET /v1/oauth/authorize + callback", () -> {
            Hop last = Browser.wechat().asSandboxUser(BASE, "alice")
                    .follow(redirecting.authorizeUrl(RETURN, "base", "order-2"), l -> l.startsWith(RETURN));
            assertThat(Browser.query(last.location())).containsKey("openid");
            return last;
        });
    }

    @Test
    void authorizeUrlApiAndItsLinkWhenWarmedThenNoSql() {
        assertNoSqlWhenWarm("POST /v1/oauth/authorize-url + GET link", () -> {
            Answer answer = api.post("/v1/oauth/authorize-url", Map.of("redirectUri", RETURN, "scope", "base", "state", "s"));
            assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
            Hop link = Browser.wechat().get(answer.body().get("authorizeUrl"));
            assertThat(link.status()).isEqualTo(302);
            return link;
        });
    }

    @Test
    void liantuofuEntryWhenWarmedThenNoSql() {
        SeedTenants seeds = new SeedTenants(directory, admin);
        // ids of this test's own: the database outlives contexts, and seed tenants copy this context's sandbox keys
        seeds.merchant(seeds.institution("LTF_CACHE", "ltf-institution-key"), "ABC_CACHE", List.of("http://www.qq.com"));

        assertNoSqlWhenWarm("GET /open/wechatUserAuth (seed 001)", () -> {
            Hop entry = Browser.wechat().get(BASE + "/open/wechatUserAuth?merchantCode=ABC_CACHE&redirectUri=http://www.qq.com");
            assertThat(entry.status()).isEqualTo(302);
            assertThat(entry.location()).contains("/sandbox/wechat/open/connect/oauth2/authorize?appid=");
            return entry;
        });
    }

    @Test
    void yifuEntryWhenWarmedThenNoSql() {
        SeedTenants seeds = new SeedTenants(directory, admin);
        Institution isv = seeds.institution("900077", "yifu-institution-key-0077");
        seeds.merchant(isv, "851902270077", List.of("https://www.baidu.com"));

        assertNoSqlWhenWarm("GET /yfpay/jsapi/getauth2 (seed 002)", () -> {
            Hop entry = Browser.wechat().get(yifuUrl("900077", "851902270077", "https://www.baidu.com?aa=1",
                    "yifu-institution-key-0077"));
            assertThat(entry.status()).isEqualTo(302);
            assertThat(entry.location()).contains("/sandbox/wechat/open/connect/oauth2/authorize?appid=");
            return entry;
        });
    }

    @Test
    void paymentCodeIdentityWhenWarmedThenNoSql() {
        assertNoSqlWhenWarm("POST /v1/paycode/identity", () -> {
            Answer answer = api.post("/v1/paycode/identity", Map.of("authCode", sandboxPaymentCode("alice")));
            assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
            assertThat(answer.body()).containsEntry("wallet", "WECHAT").containsKey("openid");
            return answer;
        });
    }

    @Test
    void paidUnionIdWhenWarmedThenNoSql() {
        SandboxWechatClient sandbox = new SandboxWechatClient(BASE);
        assertNoSqlWhenWarm("POST /v1/wechat/paid-unionid", () -> {
            Map<String, Object> payment = sandbox.pay(DemoTenant.MINIAPP_ID, "alice", "1900000109",
                    "H" + TestMerchants.uniqueSuffix(), null);
            Answer answer = api.post("/v1/wechat/paid-unionid", Map.of("openid", (String) payment.get("openid"),
                    "transactionId", (String) payment.get("transaction_id")));
            assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
            return answer;
        });
    }

    @Test
    void qrScanWhenWarmedThenNoSql() {
        Merchant merchant = directory.merchantByMchNo(demo.mchNo()).orElseThrow();
        QrEntry entry = qrEntries.create(merchant.id(), demo.appId(), "收银台 1", RETURN);

        assertNoSqlWhenWarm("GET /qr/{code}", () -> {
            Hop scan = Browser.wechat().get(BASE + "/qr/" + entry.code());
            assertThat(scan.status()).isEqualTo(302);
            assertThat(scan.location()).contains("/sandbox/wechat/open/connect/oauth2/authorize?appid=");
            return scan;
        });
    }

    @Test
    void qrScanWhenEntryDeletedThenUnknownAtOnce() {
        Merchant merchant = directory.merchantByMchNo(demo.mchNo()).orElseThrow();
        QrEntry entry = qrEntries.create(merchant.id(), demo.appId(), "收银台 2", RETURN);
        assertThat(Browser.wechat().get(BASE + "/qr/" + entry.code()).status()).isEqualTo(302);

        qrEntries.delete(merchant.id(), entry.code());

        assertThat(Browser.wechat().get(BASE + "/qr/" + entry.code()).status()).isEqualTo(404);
    }

    @Test
    void unknownAppWhenAskedAgainThenNoSecondQuery() {
        SignedJsonClient stranger = new SignedJsonClient(BASE, "app_nobody_" + TestMerchants.uniqueSuffix(), "MCH_NOBODY",
                "some-key");
        Supplier<Answer> ask = () -> stranger.post("/v1/paycode/identity", Map.of("authCode", "134567890123456789"));

        Recorded<Answer> first = StatementCounter.during(ask);
        Recorded<Answer> again = StatementCounter.during(ask);

        assertThat(first.result().status()).isEqualTo(again.result().status()).isBetween(400, 499);
        assertThat(first.configurationStatements()).hasSize(1);
        assertThat(again.statements()).isEmpty();
    }

    private <T> void assertNoSqlWhenWarm(String endpoint, Supplier<T> request) {
        changes.publish(TenantChange.everything());
        Recorded<T> cold = StatementCounter.during(request);
        Recorded<T> warm = StatementCounter.during(request);

        System.out.printf("statements per request, %s: cold %d (configuration %d), warm %d%n", endpoint,
                cold.statements().size(), cold.configurationStatements().size(), warm.statements().size());
        assertThat(cold.configurationStatements()).as("the cold request reads the configuration").isNotEmpty();
        assertThat(warm.statements()).as(endpoint + " warmed").isEmpty();
    }

    private static String yifuUrl(String instNo, String mchNo, String redirectUri, String key) {
        String param = "inst_no=" + instNo + "&mch_no=" + mchNo + "&redirect_uri=" + redirectUri + "&key=" + key;
        try {
            String sign = HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(param.getBytes(StandardCharsets.UTF_8)));
            return BASE + "/yfpay/jsapi/getauth2?redirect_uri=" + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8)
                    + "&inst_no=" + instNo + "&mch_no=" + mchNo + "&sign=" + sign;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static String sandboxPaymentCode(String user) {
        try {
            HttpResponse<String> issued = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/sandbox/wechatpay/codes"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + user + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
            return (String) JSON.readValue(issued.body(), Map.class).get("authCode");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
