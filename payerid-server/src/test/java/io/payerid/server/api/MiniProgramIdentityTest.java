package io.payerid.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payerid.core.miniprogram.SessionKeyDelivery;
import io.payerid.core.tenant.AlipayApp;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.WechatMiniApp;
import io.payerid.sandbox.alipay.IdentityMode;
import io.payerid.sandbox.alipay.SandboxAlipayApp;
import io.payerid.sandbox.alipay.SandboxAlipayApps;
import io.payerid.sandbox.wechat.SandboxWechatApp;
import io.payerid.sandbox.wechat.SandboxWechatApps;
import io.payerid.sdk.InvalidAnswerException;
import io.payerid.sdk.MiniProgramIdentity;
import io.payerid.sdk.PayerIdClient;
import io.payerid.sdk.PayerIdError;
import io.payerid.sdk.SessionKeys;
import io.payerid.sdk.SignType;
import io.payerid.server.config.PlatformKeys;
import io.payerid.server.demo.DemoAlipaySeeder;
import io.payerid.server.demo.DemoCredentials;
import io.payerid.server.demo.DemoMiniAppSeeder;
import io.payerid.server.demo.DemoTenant;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.SandboxWechatClient;
import io.payerid.server.support.SignedJsonClient;
import io.payerid.server.support.SignedJsonClient.Answer;
import io.payerid.server.support.TestMerchants;
import io.payerid.server.support.TestMerchants.TestMerchant;
import io.payerid.server.support.logguard.LogGuard;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /v1/miniprogram/identity} end to end: a merchant's signed JSON → gateway → WeChat's
 * jscode2session / alipay-sdk-java's alipay.system.oauth.token → the sandbox, with codes from the sandbox's
 * wx.login and my.getAuthCode. Each test has its own merchant and mini-program, so faults stay apart.
 */
class MiniProgramIdentityTest extends GatewayTest {

    private static final String PATH = "/v1/miniprogram/identity";
    private static final String OPEN_PLATFORM = "open-sandbox-1";

    @Autowired
    TenantAdmin admin;
    @Autowired
    SandboxWechatApps wechatApps;
    @Autowired
    SandboxAlipayApps alipayApps;
    @Autowired
    DemoTenantSeeder tenantSeeder;
    @Autowired
    DemoMiniAppSeeder miniAppSeeder;
    @Autowired
    DemoAlipaySeeder alipaySeeder;

    private final SandboxWechatClient sandbox = new SandboxWechatClient(BASE);

    @Test
    void identifyWhenWechatCodeFreshThenOpenidAndUnionidButNoSessionKey() {
        MiniProgram mp = wechatMiniProgram(OPEN_PLATFORM, Map.of());
        Map<String, Object> login = login(mp.app().appid(), "alice");

        Answer answer = mp.client().post(PATH, Map.of("channel", "WECHAT_MINIAPP", "code", (String) login.get("code")));

        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("code", "SUCCESS").containsEntry("channel", "WECHAT_MINIAPP")
                .containsEntry("channelAppId", mp.app().appid()).containsEntry("openid", (String) login.get("openid"))
                .doesNotContainKeys("encryptedSessionKey", "sessionKey", "session_key", "userId");
        assertThat(answer.body().get("unionid")).matches("o[A-Za-z0-9_-]{27}");
        assertThat(mp.client().verify(answer.body())).isTrue();
        assertThat(answer.raw()).doesNotContain((String) login.get("session_key"));
    }

    @Test
    void identifyWhenAppUnboundThenNoUnionid() {
        MiniProgram mp = wechatMiniProgram(null, Map.of());

        Answer answer = mp.client().post(PATH, Map.of("channel", "WECHAT_MINIAPP",
                "code", (String) login(mp.app().appid(), "bob").get("code")));

        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        assertThat(answer.body()).containsKey("openid").doesNotContainKey("unionid");
    }

    @Test
    void identifyWhenSameCodeRetriedThenSameAnswerWithoutASecondRedemption() {
        MiniProgram mp = wechatMiniProgram(OPEN_PLATFORM, Map.of());
        String code = (String) login(mp.app().appid(), "bob").get("code");

        Answer first = mp.client().post(PATH, Map.of("channel", "WECHAT_MINIAPP", "code", code));
        Answer retry = mp.client().post(PATH, Map.of("channel", "WECHAT_MINIAPP", "code", code));

        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(retry.status()).as("WeChat would answer 40163 to a second redemption: " + retry.raw()).isEqualTo(200);
        assertThat(retry.body().get("openid")).isEqualTo(first.body().get("openid"));
        assertThat(retry.body().get("unionid")).isEqualTo(first.body().get("unionid"));
        assertThat(retry.body().get("nonce")).as("a freshly signed answer").isNotEqualTo(first.body().get("nonce"));
    }

    @Test
    void identifyWhenConcurrentDuplicatesThenOneUpstreamCallAndOneAnswer() throws Exception {
        MiniProgram mp = wechatMiniProgram(OPEN_PLATFORM, Map.of());
        String code = (String) login(mp.app().appid(), "alice").get("code");
        int callers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<CompletableFuture<Answer>> answers = IntStream.range(0, callers)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return mp.client().post(PATH, Map.of("channel", "WECHAT_MINIAPP", "code", code));
                    }, pool)).toList();
            start.countDown();

            for (CompletableFuture<Answer> future : answers) {
                Answer answer = future.get();
                assertThat(answer.status()).as("a second redemption would be 40163: " + answer.raw()).isEqualTo(200);
                assertThat(answer.body().get("openid")).isEqualTo(answers.getFirst().get().body().get("openid"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void identifyWhenCodeUnknownThenMiniprogramCodeInvalidWith40029() {
        MiniProgram mp = wechatMiniProgram(OPEN_PLATFORM, Map.of());

        Answer answer = mp.client().post(PATH, Map.of("channel", "WECHAT_MINIAPP", "code", "0a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P"));

        assertError(answer, 400, "MINIPROGRAM_CODE_INVALID", "WeChat errcode 40029");
    }

    @Test
    void identifyWhenCodeRedeemedElsewhereFirstThenMiniprogramCodeUsedWith40163() {
        MiniProgram mp = wechatMiniProgram(OPEN_PLATFORM, Map.of());
        String code = (String) login(mp.app().appid(), "alice").get("code");
        assertThat(sandbox.jsCodeToSession(mp.app().appid(), mp.app().secret(), code)).containsKey("openid");

        Answer answer = mp.client().post(PATH, Map.of("channel", "WECHAT_MINIAPP", "code", code));

        assertError(answer, 400, "MINIPROGRAM_CODE_USED", "WeChat errcode 40163");
    }

    @Test
    void identifyWhenWechatBusyThenUpstreamUnavailableAndTheCodeStillWorksAfterwards() {
        MiniProgram mp = wechatMiniProgram(OPEN_PLATFORM, Map.of());
        String code = (String) login(mp.app().appid(), "bob").get("code");
        sandbox.setBusy(mp.app().appid(), true);
        Answer busy;
        try {
            busy = mp.client().post(PATH, Map.of("channel", "WECHAT_MINIAPP", "code", code));
        } finally {
            sandbox.setBusy(mp.app().appid(), false);
        }

        Answer later = mp.client().post(PATH, Map.of("channel", "WECHAT_MINIAPP", "code", code));

        assertError(busy, 503, "UPSTREAM_UNAVAILABLE", "WeChat errcode -1");
        assertThat(later.status()).as("a failure is not remembered for the code: " + later.raw()).isEqualTo(200);
    }

    @Test
    void identifyWhenPayersMinuteQuotaUsedUpThenUpstreamRateLimitedWith45011() throws InterruptedException {
        MiniProgram mp = wechatMiniProgram(OPEN_PLATFORM, Map.of());
        // The sandbox counts per clock minute: start early in one so the 101 calls share it.
        while (Instant.now().getEpochSecond() % 60 > 40) {
            Thread.sleep(1_000);
        }
        for (int i = 0; i < 100; i++) {
            String code = (String) login(mp.app().appid(), "alice").get("code");
            assertThat(sandbox.jsCodeToSession(mp.app().appid(), mp.app().secret(), code)).containsKey("openid");
        }

        Answer answer = mp.client().post(PATH, Map.of("channel", "WECHAT_MINIAPP",
                "code", (String) login(mp.app().appid(), "alice").get("code")));

        assertError(answer, 429, "UPSTREAM_RATE_LIMITED", "WeChat errcode 45011");
        assertThat(answer.response().headers().firstValue("Retry-After")).as("WeChat's quota is per minute").hasValue("60");
    }

    @Test
    void identifyWhenSessionKeyDeliveryEncryptedThenOnlyThisAppOpensItForThisPayer() {
        MiniProgram mp = wechatMiniProgram(OPEN_PLATFORM, Map.of(SessionKeyDelivery.SETTING, "encrypted"));
        Map<String, Object> login = login(mp.app().appid(), "bob");
        PayerIdClient sdk = PayerIdClient.builder().baseUrl(BASE).appId(mp.merchant().app().appId())
                .mchNo(mp.merchant().merchant().mchNo()).key(SignType.MD5, mp.merchant().key()).build();

        MiniProgramIdentity identity = sdk.miniProgramIdentity("WECHAT_MINIAPP", (String) login.get("code"));
        MiniProgramIdentity retried = sdk.miniProgramIdentity("WECHAT_MINIAPP", (String) login.get("code"));

        assertThat(identity.openid()).isEqualTo(login.get("openid"));
        assertThat(identity.encryptedSessionKey()).isNotBlank().doesNotContain((String) login.get("session_key"));
        assertThat(SessionKeys.open(identity, mp.merchant().key())).isEqualTo(login.get("session_key"));
        assertThat(SessionKeys.open(retried, mp.merchant().key())).as("kept sealed for the retry").isEqualTo(login.get("session_key"));
        assertThatThrownBy(() -> SessionKeys.open(identity.encryptedSessionKey(), "another-apps-key",
                identity.channelAppId(), identity.openid())).isInstanceOf(InvalidAnswerException.class);
        assertThatThrownBy(() -> SessionKeys.open(identity.encryptedSessionKey(), mp.merchant().key(),
                identity.channelAppId(), "oAnotherPayer")).isInstanceOf(InvalidAnswerException.class);
    }

    @Test
    void identifyWhenRequestUnusableThenDocumentedErrors() {
        MiniProgram mp = wechatMiniProgram(OPEN_PLATFORM, Map.of());
        SignedJsonClient unconfigured = TestMerchants.alone(admin).client(BASE);

        assertError(unconfigured.post(PATH, Map.of("channel", "WECHAT_MINIAPP", "code", "abc")), 409,
                "CHANNEL_NOT_CONFIGURED", "WECHAT_MINIAPP");
        assertError(unconfigured.post(PATH, Map.of("channel", "ALIPAY_MINIAPP", "code", "abc")), 409,
                "CHANNEL_NOT_CONFIGURED", "ALIPAY_MINIAPP");
        assertError(mp.client().post(PATH, Map.of("channel", "WECHAT_OA", "code", "abc")), 400, "UNSUPPORTED_CHANNEL", null);
        assertError(mp.client().post(PATH, Map.of("channel", "WECHAT_MINIAPP", "code", "a&secret=x")), 400,
                "INVALID_REQUEST", "code");
        assertError(mp.client().post(PATH, Map.of("channel", "WECHAT_MINIAPP")), 400, "INVALID_REQUEST", "code");
        assertError(mp.client().post(PATH, Map.of("code", "abc")), 400, "INVALID_REQUEST", "channel");
    }

    @Test
    void identifyWhenAlipayMiniProgramCodeThenUserIdOpenIdAndUnionIdAsInTheWebFlow() {
        TestMerchant merchant = TestMerchants.alone(admin);
        String alipayAppId = alipayMiniProgram(merchant, IdentityMode.BOTH, "group-mini");
        PayerIdClient sdk = PayerIdClient.builder().baseUrl(BASE).appId(merchant.app().appId())
                .mchNo(merchant.merchant().mchNo()).key(SignType.MD5, merchant.key()).build();
        String code = alipayAuthCode(alipayAppId, "alice");

        MiniProgramIdentity identity = sdk.miniProgramIdentity("ALIPAY_MINIAPP", code);
        MiniProgramIdentity retried = sdk.miniProgramIdentity("ALIPAY_MINIAPP", code);

        assertThat(identity.channel()).isEqualTo("ALIPAY_MINIAPP");
        assertThat(identity.channelAppId()).isEqualTo(alipayAppId);
        assertThat(identity.userId()).startsWith("2088");
        assertThat(identity.openid()).isNotBlank();
        assertThat(identity.unionid()).isNotBlank();
        assertThat(identity.encryptedSessionKey()).isNull();
        assertThat(retried).as("Alipay would refuse a second redemption").isEqualTo(identity);
    }

    @Test
    void identifyWhenAlipayCodeInvalidOrForeignThenMiniprogramCodeInvalid() {
        TestMerchant merchant = TestMerchants.alone(admin);
        String alipayAppId = alipayMiniProgram(merchant, IdentityMode.OPEN_ID, null);
        TestMerchant other = TestMerchants.alone(admin);
        String otherAppId = alipayMiniProgram(other, IdentityMode.OPEN_ID, null);
        PayerIdClient sdk = PayerIdClient.builder().baseUrl(BASE).appId(merchant.app().appId())
                .mchNo(merchant.merchant().mchNo()).key(SignType.MD5, merchant.key()).build();

        assertThatThrownBy(() -> sdk.miniProgramIdentity("ALIPAY_MINIAPP", "0123456789abcdef0123456789abcdef"))
                .isInstanceOfSatisfying(PayerIdError.class, e -> assertThat(e.getMessage()).contains("MINIPROGRAM_CODE_INVALID"));
        assertThatThrownBy(() -> sdk.miniProgramIdentity("ALIPAY_MINIAPP", alipayAuthCode(otherAppId, "bob")))
                .as("issued to another mini-program").isInstanceOf(PayerIdError.class)
                .hasMessageContaining("MINIPROGRAM_CODE_INVALID");
        assertThat(sdk.miniProgramIdentity("ALIPAY_MINIAPP", alipayAuthCode(alipayAppId, "bob")).userId())
                .as("an open_id-scheme app gets no user_id").isNull();
    }

    @Test
    void identifyWhenEmbeddedDemoThenBothDemoMiniProgramsAnswer() {
        DemoCredentials demo = tenantSeeder.seed();
        miniAppSeeder.seed();
        assertThat(alipaySeeder.seedMiniProgram()).hasValueSatisfying(app -> assertThat(app.appId())
                .isEqualTo(DemoTenant.ALIPAY_MINIAPP_ID));
        PayerIdClient sdk = PayerIdClient.builder().baseUrl(BASE).appId(demo.appId()).mchNo(demo.mchNo())
                .key(SignType.MD5, demo.appKey()).build();
        Map<String, Object> login = login(DemoTenant.MINIAPP_ID, "alice");

        MiniProgramIdentity wechat = sdk.miniProgramIdentity("WECHAT_MINIAPP", (String) login.get("code"));
        MiniProgramIdentity alipay = sdk.miniProgramIdentity("ALIPAY_MINIAPP", alipayAuthCode(DemoTenant.ALIPAY_MINIAPP_ID, "alice"));

        assertThat(wechat.channelAppId()).isEqualTo(DemoTenant.MINIAPP_ID);
        assertThat(wechat.openid()).isEqualTo(login.get("openid"));
        assertThat(wechat.unionid()).as("the demo mini-program is bound to the demo open platform").isNotBlank();
        assertThat(alipay.channelAppId()).isEqualTo(DemoTenant.ALIPAY_MINIAPP_ID);
        assertThat(alipay.openid()).isNotBlank();
    }

    private record MiniProgram(TestMerchant merchant, SandboxWechatApp app, SignedJsonClient client) {
    }

    private MiniProgram wechatMiniProgram(String openPlatformId, Map<String, String> extraSettings) {
        TestMerchant merchant = TestMerchants.alone(admin);
        String appid = "wxmp" + TestMerchants.uniqueSuffix().toLowerCase();
        SandboxWechatApp app = new SandboxWechatApp(appid, "secret-" + appid, null, openPlatformId);
        wechatApps.register(app);
        Map<String, String> settings = new HashMap<>(extraSettings);
        settings.put(WechatMiniApp.APP_ID, appid);
        admin.putChannel(OwnerType.MERCHANT, merchant.merchant().id(), ChannelKind.WECHAT_MINIAPP, ChannelMode.DIRECT,
                settings, Map.of(WechatMiniApp.APP_SECRET, Secret.of(app.secret())));
        return new MiniProgram(merchant, app, merchant.client(BASE));
    }

    private String alipayMiniProgram(TestMerchant merchant, IdentityMode mode, String appGroupId) {
        String alipayAppId = "2021" + String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        String privateKey = PlatformKeys.generatePrivateKeyBase64();
        admin.putChannel(OwnerType.MERCHANT, merchant.merchant().id(), ChannelKind.ALIPAY_MINIAPP, ChannelMode.DIRECT,
                Map.of(AlipayApp.APP_ID, alipayAppId, AlipayApp.ALIPAY_PUBLIC_KEY, alipayApps.alipayPublicKey()),
                Map.of(AlipayApp.PRIVATE_KEY, Secret.of(privateKey)));
        alipayApps.register(new SandboxAlipayApp(alipayAppId, PlatformKeys.fromPrivateKey(privateKey).publicKeyBase64(),
                List.of(), mode, appGroupId, null, null, null));
        return alipayAppId;
    }

    /** my.getAuthCode inside the Alipay mini-program, as sandbox user {@code user}. */
    private static String alipayAuthCode(String alipayAppId, String user) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(BASE + "/sandbox/alipay/miniprogram/auth-code"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"appId\":\"%s\",\"user\":\"%s\"}".formatted(alipayAppId, user)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return (String) JsonMapper.builder().build().readValue(response.body(), Map.class).get("authCode");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** wx.login in the sandbox; its session_key joins the log guard's secrets, so a test fails if it is ever logged. */
    private Map<String, Object> login(String appid, String user) {
        Map<String, Object> login = sandbox.miniProgramLogin(appid, user);
        LogGuard.secret((String) login.get("session_key"));
        return login;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void assertError(Answer answer, int status, String code, String messagePart) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(status);
        assertThat(answer.body()).containsOnlyKeys("code", "message", "requestId").containsEntry("code", code);
        if (messagePart != null) {
            assertThat(answer.body().get("message")).contains(messagePart);
        }
    }
}
