package io.payerid.server.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.AlipayApp;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.sandbox.alipay.IdentityMode;
import io.payerid.sandbox.alipay.SandboxAlipayApp;
import io.payerid.sandbox.alipay.SandboxAlipayApps;
import io.payerid.server.config.PlatformKeys;
import io.payerid.server.demo.DemoAlipaySeeder;
import io.payerid.server.demo.DemoCredentials;
import io.payerid.server.demo.DemoTenant;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.support.Browser;
import io.payerid.server.support.Browser.Hop;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.MerchantClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The native redirect flow with {@code channel=ALIPAY}, end to end as a payer's Alipay in-app browser
 * walks it: merchant's signed URL → gateway → (sandbox) publicAppAuthorize → gateway callback, where the
 * gateway redeems the auth_code through alipay-sdk-java against the sandbox's gateway.do → merchant.
 */
class AlipayRedirectFlowTest extends GatewayTest {

    private static final String RETURN = BASE + "/demo/return";

    @Autowired
    DemoTenantSeeder seeder;
    @Autowired
    DemoAlipaySeeder alipaySeeder;
    @Autowired
    TenantDirectory directory;
    @Autowired
    TenantAdmin admin;
    @Autowired
    SandboxAlipayApps sandbox;

    private MerchantClient merchant;

    @BeforeEach
    void demoMerchant() {
        DemoCredentials demo = seeder.seed();
        assertThat(alipaySeeder.seed()).hasValueSatisfying(app -> assertThat(app.appId()).isEqualTo(DemoTenant.ALIPAY_APP_ID));
        merchant = new MerchantClient(BASE, demo.appId(), demo.mchNo(), demo.appKey());
    }

    private static boolean atMerchant(String location) {
        return location.startsWith(RETURN);
    }

    private static boolean atCallback(String location) {
        return location.contains("/v1/oauth/callback/alipay/");
    }

    private static String alipayUrl(MerchantClient client, String scope, String state) {
        Map<String, String> params = client.params(RETURN, scope, state);
        params.put("channel", "ALIPAY");
        return client.url(client.signMd5(params));
    }

    private static Map<String, String> answer(Hop last) {
        assertThat(last.location()).as(last.body()).startsWith(RETURN);
        return Browser.query(last.location());
    }

    @Test
    void authBaseIsSilentAndReturnsASignedOpenIdOnly() {
        Browser browser = Browser.alipay().asSandboxAlipayUser(BASE, "alice");
        Hop entry = browser.get(alipayUrl(merchant, "base", "order-42"));

        assertThat(entry.status()).isEqualTo(302);
        assertThat(entry.location()).startsWith(BASE + "/sandbox/alipay/openauth/oauth2/publicAppAuthorize.htm?app_id="
                + DemoTenant.ALIPAY_APP_ID + "&scope=auth_base&redirect_uri=");
        Map<String, String> authorize = Browser.query(entry.location());
        assertThat(authorize.get("redirect_uri")).startsWith(BASE + "/v1/oauth/callback/alipay/k1.");
        assertThat(authorize.get("state")).matches("[0-9A-Za-z]{1,100}");

        Map<String, String> answer = answer(browser.follow(entry.location(), AlipayRedirectFlowTest::atMerchant));
        assertThat(answer).containsEntry("state", "order-42").containsEntry("appId", DemoTenant.APP_ID)
                .containsEntry("channel", "ALIPAY").containsEntry("channelAppId", DemoTenant.ALIPAY_APP_ID)
                .doesNotContainKeys("userId", "unionid", "nickname", "error");
        assertThat(answer.get("openid")).matches("0[0-9A-Za-z]{45}");
        assertThat(merchant.verifyAnswer(answer)).isTrue();

        String again = answer(Browser.alipay().asSandboxAlipayUser(BASE, "alice")
                .follow(alipayUrl(merchant, "base", null), AlipayRedirectFlowTest::atMerchant)).get("openid");
        String bob = answer(Browser.alipay().asSandboxAlipayUser(BASE, "bob")
                .follow(alipayUrl(merchant, "base", null), AlipayRedirectFlowTest::atMerchant)).get("openid");
        assertThat(again).isEqualTo(answer.get("openid"));
        assertThat(bob).matches("0[0-9A-Za-z]{45}").isNotEqualTo(again);
    }

    @Test
    void anAppInBothModeAlsoReturnsTheUserIdAndAGroupedOneTheUnionId() {
        MerchantClient both = merchantWithOwnAlipayApp(IdentityMode.BOTH, "group-demo", null, null, true);

        Map<String, String> answer = answer(Browser.alipay().asSandboxAlipayUser(BASE, "bob")
                .follow(alipayUrl(both, "base", "both"), AlipayRedirectFlowTest::atMerchant));

        assertThat(answer.get("userId")).matches("2088\\d{12}");
        assertThat(answer.get("openid")).matches("0[0-9A-Za-z]{45}");
        assertThat(answer.get("unionid")).isNotBlank();
        assertThat(both.verifyAnswer(answer)).isTrue();
    }

    @Test
    void aUserIdAppReturnsNoOpenId() {
        MerchantClient userIdOnly = merchantWithOwnAlipayApp(IdentityMode.USER_ID, null, null, null, true);

        Map<String, String> answer = answer(Browser.alipay().asSandboxAlipayUser(BASE, "alice")
                .follow(alipayUrl(userIdOnly, "base", null), AlipayRedirectFlowTest::atMerchant));

        assertThat(answer.get("userId")).matches("2088\\d{12}");
        assertThat(answer).doesNotContainKeys("openid", "error");
    }

    @Test
    void authUserAsksConsentAndReturnsTheProfile() {
        Browser browser = Browser.alipay().asSandboxAlipayUser(BASE, "alice");
        Hop consent = browser.follow(alipayUrl(merchant, "userinfo", "u1"), AlipayRedirectFlowTest::atMerchant);
        assertThat(consent.status()).isEqualTo(200);
        assertThat(consent.body()).contains("同意").contains("拒绝");

        Hop allowed = browser.submitForm(consent, "allow");
        Map<String, String> answer = answer(browser.follow(allowed.uri().resolve(allowed.location()).toString(),
                AlipayRedirectFlowTest::atMerchant));

        assertThat(answer).containsEntry("nickname", "爱丽丝").containsEntry("sex", "2").containsEntry("province", "上海")
                .containsEntry("city", "上海市").containsEntry("state", "u1").containsKey("openid");
        assertThat(answer.get("headimgurl")).startsWith("https://tfs.alipayobjects.com/");
        assertThat(merchant.verifyAnswer(answer)).isTrue();
    }

    @Test
    void aDuplicateCallbackGetsTheSameIdentityNotAnUpstreamError() {
        Browser browser = Browser.alipay().asSandboxAlipayUser(BASE, "bob");
        String callback = browser.follow(alipayUrl(merchant, "base", "dup"), AlipayRedirectFlowTest::atCallback).location();
        assertThat(callback).contains("auth_code=").contains("source=alipay_wallet");

        Map<String, String> first = answer(browser.get(callback));
        Map<String, String> second = answer(browser.get(callback));

        assertThat(first.get("openid")).isNotBlank();
        assertThat(second).doesNotContainKey("error").containsEntry("openid", first.get("openid"));
    }

    @Test
    void aPayerWhoRefusesComesBackWithPayerDenied() {
        Browser browser = Browser.alipay().asSandboxAlipayUser(BASE, "bob");
        Hop consent = browser.follow(alipayUrl(merchant, "userinfo", "deny"), AlipayRedirectFlowTest::atMerchant);
        Hop denied = browser.submitForm(consent, "deny");

        Map<String, String> answer = answer(browser.follow(denied.uri().resolve(denied.location()).toString(),
                AlipayRedirectFlowTest::atMerchant));

        assertThat(answer).containsEntry("error", "PAYER_DENIED").containsEntry("state", "deny").doesNotContainKey("openid");
        assertThat(merchant.verifyAnswer(answer)).isTrue();
    }

    @Test
    void anExpiredAuthCodeIsReportedToTheMerchantAsAuthCodeInvalid() throws InterruptedException {
        MerchantClient shortLived = merchantWithOwnAlipayApp(IdentityMode.OPEN_ID, null, Duration.ofSeconds(1), null, true);
        Browser browser = Browser.alipay().asSandboxAlipayUser(BASE, "alice");
        String callback = browser.follow(alipayUrl(shortLived, "base", "late"), AlipayRedirectFlowTest::atCallback).location();

        Thread.sleep(1_500);
        Map<String, String> answer = answer(browser.get(callback));

        assertThat(answer).containsEntry("error", "AUTH_CODE_INVALID").containsEntry("state", "late").doesNotContainKey("openid");
        assertThat(answer.get("error_description")).contains("isv.code-invalid");
        assertThat(shortLived.verifyAnswer(answer)).isTrue();
    }

    @Test
    void aPrivateKeyAlipayDoesNotKnowIsChannelNotConfigured() {
        MerchantClient wrongKey = merchantWithOwnAlipayApp(IdentityMode.OPEN_ID, null, null, null, false);

        Map<String, String> answer = answer(Browser.alipay().asSandboxAlipayUser(BASE, "alice")
                .follow(alipayUrl(wrongKey, "base", null), AlipayRedirectFlowTest::atMerchant));

        assertThat(answer).containsEntry("error", "CHANNEL_NOT_CONFIGURED");
        assertThat(answer.get("error_description")).contains("isv.invalid-signature");
    }

    @Test
    void answersSignedWithAnotherAlipayKeyAreAnUpstreamError() {
        String notTheSandboxKey = PlatformKeys.fromPrivateKey(PlatformKeys.generatePrivateKeyBase64()).publicKeyBase64();
        MerchantClient misconfigured = merchantWithOwnAlipayApp(IdentityMode.OPEN_ID, null, null, notTheSandboxKey, true);

        Map<String, String> answer = answer(Browser.alipay().asSandboxAlipayUser(BASE, "alice")
                .follow(alipayUrl(misconfigured, "base", null), AlipayRedirectFlowTest::atMerchant));

        assertThat(answer).containsEntry("error", "UPSTREAM_ERROR").doesNotContainKey("openid");
        assertThat(answer.get("error_description")).contains("signature");
    }

    /**
     * A merchant of the demo institution with its own Alipay app (a merchant-level channel overrides the
     * institution's): registered in the sandbox with that identity mode, group and code lifetime, unless
     * {@code registered} is false (then the sandbox knows the app id under another key).
     */
    private MerchantClient merchantWithOwnAlipayApp(IdentityMode mode, String appGroupId, Duration codeTtl,
                                                   String alipayPublicKey, boolean registered) {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Institution institution = directory.institutionByInstNo(DemoTenant.INST_NO).orElseThrow();
        Merchant created = admin.createMerchant(institution.id(), "MCH_ALI_" + suffix, "支付宝测试商户", true);
        String appKey = "key-" + suffix + "-0123456789";
        admin.createApp(created.id(), "app_ali_" + suffix, Secret.of(appKey), null, Set.of(SignType.MD5));
        admin.addWhitelistEntry(created.id(), "http", "localhost", PORT, "/demo/");

        String alipayAppId = "2021" + String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        String privateKey = PlatformKeys.generatePrivateKeyBase64();
        admin.putChannel(OwnerType.MERCHANT, created.id(), ChannelKind.ALIPAY, ChannelMode.DIRECT,
                Map.of(AlipayApp.APP_ID, alipayAppId,
                        AlipayApp.ALIPAY_PUBLIC_KEY, alipayPublicKey == null ? sandbox.alipayPublicKey() : alipayPublicKey),
                Map.of(AlipayApp.PRIVATE_KEY, Secret.of(privateKey)));
        String registeredKey = PlatformKeys.fromPrivateKey(registered ? privateKey : PlatformKeys.generatePrivateKeyBase64())
                .publicKeyBase64();
        sandbox.register(new SandboxAlipayApp(alipayAppId, registeredKey, List.of("localhost"), mode, appGroupId, codeTtl,
                null, null));
        return new MerchantClient(BASE, "app_ali_" + suffix, "MCH_ALI_" + suffix, appKey);
    }
}
