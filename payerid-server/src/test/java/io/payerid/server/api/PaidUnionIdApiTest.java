package io.payerid.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.core.tenant.WechatMiniApp;
import io.payerid.sandbox.wechat.SandboxWechatApp;
import io.payerid.sandbox.wechat.SandboxWechatApps;
import io.payerid.server.demo.DemoCredentials;
import io.payerid.server.demo.DemoMiniAppSeeder;
import io.payerid.server.demo.DemoTenant;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.support.Browser;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.MerchantClient;
import io.payerid.server.support.SandboxWechatClient;
import io.payerid.server.support.SignedJsonClient;
import io.payerid.server.support.SignedJsonClient.Answer;
import io.payerid.server.support.TestMerchants;
import io.payerid.server.support.TestMerchants.TestMerchant;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code POST /v1/wechat/paid-unionid} end to end: a merchant's signed JSON → gateway → WxJava → the
 * sandbox's getpaidunionid over sandbox payments, with WeChat's errcodes surfacing as documented codes.
 */
class PaidUnionIdApiTest extends GatewayTest {

    private static final String PATH = "/v1/wechat/paid-unionid";
    private static final String MCH_ID = "1900000109";

    @Autowired
    DemoTenantSeeder tenantSeeder;
    @Autowired
    DemoMiniAppSeeder miniAppSeeder;
    @Autowired
    TenantAdmin admin;
    @Autowired
    TenantDirectory directory;
    @Autowired
    SandboxWechatApps sandboxApps;

    private final SandboxWechatClient sandbox = new SandboxWechatClient(BASE);
    private DemoCredentials demo;
    private SignedJsonClient merchant;

    @BeforeEach
    void demoMerchant() {
        demo = tenantSeeder.seed();
        miniAppSeeder.seed();
        merchant = new SignedJsonClient(BASE, demo.appId(), demo.mchNo(), demo.appKey());
    }

    @Test
    void aPaymentGivesThePayersUnionidTheSameAsTheOfficialAccountsOAuth() {
        Map<String, Object> payment = pay("alice");

        Answer answer = merchant.post(PATH, Map.of("openid", openid(payment), "transactionId", transactionId(payment)));

        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("code", "SUCCESS").containsEntry("appId", DemoTenant.APP_ID)
                .containsEntry("channelAppId", DemoTenant.MINIAPP_ID).containsEntry("openid", openid(payment))
                .containsKeys("timestamp", "nonce", "sign");
        assertThat(merchant.verify(answer.body())).isTrue();
        assertThat(answer.body().get("unionid")).as("one open platform, one unionid per person")
                .isEqualTo(unionidFromOfficialAccountOAuth("alice"));
    }

    @Test
    void theMerchantOrderFormWorksToo() {
        String outTradeNo = "P" + TestMerchants.uniqueSuffix();
        Map<String, Object> payment = sandbox.pay(DemoTenant.MINIAPP_ID, "bob", MCH_ID, outTradeNo, null);

        Answer answer = merchant.post(PATH, Map.of("openid", openid(payment), "mchId", MCH_ID, "outTradeNo", outTradeNo));

        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        assertThat(answer.body().get("unionid")).matches("o[A-Za-z0-9_-]{27}")
                .isNotEqualTo(unionidFromOfficialAccountOAuth("alice"));
    }

    @Test
    void anUnknownOrAnOldOrderIs89300() {
        Map<String, Object> recent = pay("alice");
        Map<String, Object> old = sandbox.pay(DemoTenant.MINIAPP_ID, "alice", MCH_ID, "O" + TestMerchants.uniqueSuffix(),
                Instant.now().minusSeconds(301).toString());

        Answer unknown = merchant.post(PATH, Map.of("openid", openid(recent),
                "transactionId", "4200000000202501010000000000"));
        Answer tooLate = merchant.post(PATH, Map.of("openid", openid(old), "transactionId", transactionId(old)));

        assertError(unknown, 400, "PAID_ORDER_INVALID", "WeChat errcode 89300");
        assertError(tooLate, 400, "PAID_ORDER_INVALID", "WeChat errcode 89300");
    }

    @Test
    void anotherPayersOpenidIs89300AndAStrangersIs40003() {
        Map<String, Object> alicePays = pay("alice");
        Map<String, Object> bobPays = pay("bob");

        Answer bobAsks = merchant.post(PATH, Map.of("openid", openid(bobPays), "transactionId", transactionId(alicePays)));
        Answer strangerAsks = merchant.post(PATH, Map.of("openid", "oNotAUserOfThisMiniApp000000",
                "transactionId", transactionId(alicePays)));

        assertError(bobAsks, 400, "PAID_ORDER_INVALID", "WeChat errcode 89300");
        assertError(strangerAsks, 400, "INVALID_OPENID", "WeChat errcode 40003");
    }

    @Test
    void aMiniAppWithoutOpenPlatformBindingIs89002() {
        TestMerchant own = TestMerchants.under(admin, demoInstitution().id());
        String appid = ownMiniApp(own, "stable", null);
        Map<String, Object> payment = sandbox.pay(appid, "alice", MCH_ID, "N" + TestMerchants.uniqueSuffix(), null);

        Answer answer = own.client(BASE).post(PATH, Map.of("openid", openid(payment), "transactionId", transactionId(payment)));

        assertError(answer, 409, "NO_OPEN_PLATFORM_BINDING", "WeChat errcode 89002");
    }

    @Test
    void systemBusyIsUpstreamUnavailableWithTheErrcode() {
        Map<String, Object> payment = pay("alice");
        sandbox.setBusy(DemoTenant.MINIAPP_ID, true);
        Answer answer;
        try {
            answer = merchant.post(PATH, Map.of("openid", openid(payment), "transactionId", transactionId(payment)));
        } finally {
            sandbox.setBusy(DemoTenant.MINIAPP_ID, false);
        }

        assertError(answer, 503, "UPSTREAM_UNAVAILABLE", "WeChat errcode -1");
    }

    @Test
    void anExpiredTokenIsRefreshedTransparentlyWithOneFetch() {
        Map<String, Object> payment = pay("alice");
        Map<String, String> request = Map.of("openid", openid(payment), "transactionId", transactionId(payment));
        assertThat(merchant.post(PATH, request).status()).isEqualTo(200);
        long fetchesBefore = sandbox.tokenFetches(DemoTenant.MINIAPP_ID);

        sandbox.expireTokens(DemoTenant.MINIAPP_ID);
        Answer answer = merchant.post(PATH, request);

        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        assertThat(answer.body()).containsKey("unionid");
        assertThat(sandbox.tokenFetches(DemoTenant.MINIAPP_ID)).isEqualTo(fetchesBefore + 1);
    }

    @Test
    void aClassicTokenRetiredByAnotherSystemIsReplacedTransparently() {
        TestMerchant own = TestMerchants.under(admin, demoInstitution().id());
        String appid = ownMiniApp(own, "classic", DemoTenant.OPEN_PLATFORM_ID);
        SignedJsonClient client = own.client(BASE);
        Map<String, Object> payment = sandbox.pay(appid, "alice", MCH_ID, "C" + TestMerchants.uniqueSuffix(), null);
        Map<String, String> request = Map.of("openid", openid(payment), "transactionId", transactionId(payment));
        assertThat(client.post(PATH, request).status()).isEqualTo(200);

        // A merchant system that fetches its own classic token twice retires the gateway's at once (40001).
        sandbox.classicToken(appid, "secret-" + appid);
        sandbox.classicToken(appid, "secret-" + appid);
        Answer answer = client.post(PATH, request);

        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        assertThat(sandbox.tokenFetches(appid)).as("1 + 2 by the other system + 1 passive refresh").isEqualTo(4);
    }

    @Test
    void exactlyOneOrderFormAndAnOpenidAreRequired() {
        Map<String, Object> payment = pay("alice");

        assertError(merchant.post(PATH, Map.of("openid", openid(payment))), 400, "INVALID_REQUEST", "is required");
        assertError(merchant.post(PATH, Map.of("openid", openid(payment), "transactionId", transactionId(payment),
                "mchId", MCH_ID, "outTradeNo", "x1")), 400, "INVALID_REQUEST", "not both");
        assertError(merchant.post(PATH, Map.of("transactionId", transactionId(payment))), 400, "INVALID_REQUEST",
                "openid is required");
        assertError(merchant.post(PATH, Map.of("openid", openid(payment), "mchId", MCH_ID, "outTradeNo", "bad&x=1")),
                400, "INVALID_REQUEST", "outTradeNo is malformed");
        assertError(merchant.postJson(PATH, "[1,2]"), 400, "INVALID_REQUEST", "JSON object");
    }

    @Test
    void aMerchantWithoutMiniAppIsNotConfiguredAndBadSignaturesAreRefused() {
        TestMerchant alone = TestMerchants.alone(admin);
        Answer notConfigured = alone.client(BASE).post(PATH, Map.of("openid", "o1", "transactionId", "42000"));

        Map<String, String> forged = new java.util.TreeMap<>(merchant.signed(Map.of("openid", "o1", "transactionId", "42")));
        forged.put("transactionId", "43");

        assertError(notConfigured, 409, "CHANNEL_NOT_CONFIGURED", "WECHAT_MINIAPP");
        assertError(merchant.postJson(PATH, toJson(forged)), 401, "INVALID_SIGNATURE", null);
    }

    private Institution demoInstitution() {
        return directory.institutionByInstNo(DemoTenant.INST_NO).orElseThrow();
    }

    /** A merchant-owned WECHAT_MINIAPP configuration and its sandbox app; returns the appid. */
    private String ownMiniApp(TestMerchant owner, String tokenMode, String openPlatformId) {
        String appid = "wxmini" + TestMerchants.uniqueSuffix().toLowerCase();
        sandboxApps.register(new SandboxWechatApp(appid, "secret-" + appid, List.of(), openPlatformId));
        admin.putChannel(OwnerType.MERCHANT, owner.merchant().id(), ChannelKind.WECHAT_MINIAPP, ChannelMode.DIRECT,
                Map.of(WechatMiniApp.APP_ID, appid, WechatMiniApp.TOKEN_MODE, tokenMode),
                Map.of(WechatMiniApp.APP_SECRET, Secret.of("secret-" + appid)));
        return appid;
    }

    private Map<String, Object> pay(String user) {
        return sandbox.pay(DemoTenant.MINIAPP_ID, user, MCH_ID, "D" + TestMerchants.uniqueSuffix(), null);
    }

    private String unionidFromOfficialAccountOAuth(String user) {
        MerchantClient redirecting = new MerchantClient(BASE, demo.appId(), demo.mchNo(), demo.appKey());
        Browser browser = Browser.wechat().asSandboxUser(BASE, user);
        Browser.Hop consent = browser.follow(redirecting.authorizeUrl(demo.redirectUri(), "userinfo", "u"),
                location -> location.startsWith(demo.redirectUri()));
        Browser.Hop allowed = browser.submitForm(consent, "allow");
        Browser.Hop last = browser.follow(allowed.uri().resolve(allowed.location()).toString(),
                location -> location.startsWith(demo.redirectUri()));
        String unionid = Browser.query(last.location()).get("unionid");
        assertThat(unionid).isNotBlank();
        return unionid;
    }

    private static String openid(Map<String, Object> payment) {
        return (String) payment.get("openid");
    }

    private static String transactionId(Map<String, Object> payment) {
        return (String) payment.get("transaction_id");
    }

    private static String toJson(Map<String, String> fields) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(fields);
    }

    static void assertError(Answer answer, int status, String code, String messagePart) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(status);
        assertThat(answer.body()).containsOnlyKeys("code", "message", "requestId").containsEntry("code", code);
        if (messagePart != null) {
            assertThat(answer.body().get("message")).contains(messagePart);
        }
    }
}
