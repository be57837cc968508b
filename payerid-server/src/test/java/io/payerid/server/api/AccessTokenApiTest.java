package io.payerid.server.api;

import static io.payerid.server.api.PaidUnionIdApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.core.tenant.WechatMiniApp;
import io.payerid.core.tenant.WechatOfficialAccount;
import io.payerid.sandbox.wechat.SandboxWechatApp;
import io.payerid.sandbox.wechat.SandboxWechatApps;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code POST /v1/wechat/access-token}: a merchant's other systems read the central token of the merchant's
 * own WeChat app instead of fetching their own.
 */
class AccessTokenApiTest extends GatewayTest {

    private static final String PATH = "/v1/wechat/access-token";

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
    private TestMerchant merchant;
    private SignedJsonClient client;

    @BeforeEach
    void merchantUnderTheDemoInstitution() {
        tenantSeeder.seed();
        miniAppSeeder.seed();
        merchant = TestMerchants.under(admin, directory.institutionByInstNo(DemoTenant.INST_NO).orElseThrow().id());
        client = merchant.client(BASE);
    }

    @Test
    void theMerchantsOwnMiniAppTokenIsTheCentralOneAndIsFetchedOnce() {
        String appid = ownApp(ChannelKind.WECHAT_MINIAPP, "classic");

        Answer first = client.post(PATH, Map.of("kind", "WECHAT_MINIAPP"));
        Answer second = client.post(PATH, Map.of("kind", "WECHAT_MINIAPP"));

        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.body()).containsEntry("code", "SUCCESS").containsEntry("channelAppId", appid)
                .containsKeys("accessToken", "expiresIn", "sign");
        assertThat(client.verify(first.body())).isTrue();
        assertThat(Long.parseLong(first.body().get("expiresIn"))).isBetween(7100L, 7200L);
        assertThat(first.response().headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(second.body().get("accessToken")).isEqualTo(first.body().get("accessToken"));
        assertThat(sandbox.tokenStatus(first.body().get("accessToken"))).as("accepted upstream").isEqualTo(41009);
        assertThat(sandbox.tokenFetches(appid)).isEqualTo(1);
    }

    @Test
    void theOfficialAccountIsTheDefaultKind() {
        String appid = ownApp(ChannelKind.WECHAT_OA, null);

        Answer answer = client.post(PATH, Map.of());

        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("channelAppId", appid);
        assertThat(sandbox.tokenStatus(answer.body().get("accessToken"))).isEqualTo(41009);
        assertThat(sandbox.tokenFetches(appid)).isEqualTo(1);
    }

    @Test
    void paidUnionidLookupsAndTokenReadersShareOneToken() {
        String appid = ownApp(ChannelKind.WECHAT_MINIAPP, "stable");
        Map<String, Object> payment = sandbox.pay(appid, "bob", "1900000109", "S" + TestMerchants.uniqueSuffix(), null);

        Answer paid = client.post("/v1/wechat/paid-unionid",
                Map.of("openid", (String) payment.get("openid"), "transactionId", (String) payment.get("transaction_id")));
        Answer token = client.post(PATH, Map.of("kind", "WECHAT_MINIAPP"));

        assertThat(paid.status()).as(paid.raw()).isEqualTo(200);
        assertThat(token.status()).as(token.raw()).isEqualTo(200);
        assertThat(sandbox.tokenFetches(appid)).isEqualTo(1);
    }

    @Test
    void anInstitutionsAccountTokenIsNotHandedToItsMerchants() {
        DemoCredentials demo = tenantSeeder.seed();
        SignedJsonClient demoMerchant = new SignedJsonClient(BASE, demo.appId(), demo.mchNo(), demo.appKey());

        assertError(demoMerchant.post(PATH, Map.of()), 403, "ACCESS_TOKEN_NOT_SHARED", "WECHAT_OA");
        assertError(demoMerchant.post(PATH, Map.of("kind", "WECHAT_MINIAPP")), 403, "ACCESS_TOKEN_NOT_SHARED",
                "WECHAT_MINIAPP");
        assertThat(sandbox.tokenFetches(DemoTenant.WECHAT_APP_ID)).as("nothing fetched for a refusal").isZero();
    }

    @Test
    void onlyWechatKindsAndConfiguredOnes() {
        TestMerchant alone = TestMerchants.alone(admin);

        assertError(client.post(PATH, Map.of("kind", "ALIPAY")), 400, "UNSUPPORTED_CHANNEL", "WECHAT_OA");
        assertError(client.post(PATH, Map.of("kind", "wechat_oa")), 400, "INVALID_REQUEST", "kind must be");
        assertError(alone.client(BASE).post(PATH, Map.of()), 409, "CHANNEL_NOT_CONFIGURED", "WECHAT_OA");
    }

    @Test
    void aBadTokenModeOrWrongSecretIsAConfigurationProblem() {
        ownApp(ChannelKind.WECHAT_MINIAPP, "fastest");
        assertError(client.post(PATH, Map.of("kind", "WECHAT_MINIAPP")), 409, "CHANNEL_NOT_CONFIGURED", "tokenMode");

        String appid = "wxwrong" + TestMerchants.uniqueSuffix().toLowerCase();
        sandboxApps.register(new SandboxWechatApp(appid, "the-real-secret", List.of(), null));
        admin.putChannel(OwnerType.MERCHANT, merchant.merchant().id(), ChannelKind.WECHAT_OA, ChannelMode.DIRECT,
                Map.of(WechatOfficialAccount.APP_ID, appid), Map.of(WechatOfficialAccount.APP_SECRET, Secret.of("stale")));
        assertError(client.post(PATH, Map.of()), 409, "CHANNEL_NOT_CONFIGURED", "WeChat errcode 40125");
    }

    /** A merchant-owned configuration of that kind and its sandbox app, on the demo open platform; returns the appid. */
    private String ownApp(ChannelKind kind, String tokenMode) {
        String appid = "wxown" + TestMerchants.uniqueSuffix().toLowerCase();
        String secret = "secret-" + appid;
        sandboxApps.register(new SandboxWechatApp(appid, secret, List.of(), DemoTenant.OPEN_PLATFORM_ID));
        Map<String, String> settings = tokenMode == null
                ? Map.of(WechatMiniApp.APP_ID, appid)
                : Map.of(WechatMiniApp.APP_ID, appid, WechatMiniApp.TOKEN_MODE, tokenMode);
        admin.putChannel(OwnerType.MERCHANT, merchant.merchant().id(), kind, ChannelMode.DIRECT, settings,
                Map.of(WechatMiniApp.APP_SECRET, Secret.of(secret)));
        return appid;
    }
}
