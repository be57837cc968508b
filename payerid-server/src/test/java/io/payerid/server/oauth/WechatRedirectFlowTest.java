package io.payerid.server.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.server.config.PlatformKeys;
import io.payerid.server.demo.DemoCredentials;
import io.payerid.server.demo.DemoTenant;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.support.Browser;
import io.payerid.server.support.Browser.Hop;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.MerchantClient;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The native redirect flow end to end, as a payer's WeChat browser walks it: merchant's signed URL →
 * gateway → (sandbox) WeChat authorize → gateway callback → merchant's redirect URI.
 */
class WechatRedirectFlowTest extends GatewayTest {

    private static final String RETURN = BASE + "/demo/return";

    @Autowired
    DemoTenantSeeder seeder;
    @Autowired
    TenantDirectory directory;
    @Autowired
    TenantAdmin admin;
    @Autowired
    PlatformKeys platformKeys;

    private MerchantClient merchant;

    @BeforeEach
    void demoMerchant() {
        DemoCredentials demo = seeder.seed();
        merchant = new MerchantClient(BASE, demo.appId(), demo.mchNo(), demo.appKey());
    }

    private static boolean atMerchant(String location) {
        return location.startsWith(RETURN);
    }

    @Test
    void baseScopeIsSilentAndReturnsASignedOpenid() {
        Browser browser = Browser.wechat().asSandboxUser(BASE, "alice");
        Hop entry = browser.get(merchant.authorizeUrl(RETURN, "base", "order-42"));

        assertThat(entry.status()).isEqualTo(302);
        assertThat(entry.location())
                .startsWith(BASE + "/sandbox/wechat/open/connect/oauth2/authorize?appid=" + DemoTenant.WECHAT_APP_ID + "&redirect_uri=")
                .contains("&response_type=code&scope=snsapi_base&state=")
                .endsWith("&connect_redirect=1#wechat_redirect");
        Map<String, String> authorize = Browser.query(entry.location().replace("#wechat_redirect", ""));
        assertThat(authorize.get("state")).matches("[A-Za-z0-9]{1,128}");
        assertThat(authorize.get("redirect_uri")).startsWith(BASE + "/v1/oauth/callback/wechat_oa/k1.");

        Hop last = browser.follow(entry.location(), WechatRedirectFlowTest::atMerchant);
        Map<String, String> answer = Browser.query(last.location());
        assertThat(answer).containsEntry("state", "order-42").containsEntry("appId", DemoTenant.APP_ID)
                .containsEntry("channel", "WECHAT_OA").containsEntry("channelAppId", DemoTenant.WECHAT_APP_ID)
                .containsKeys("openid", "timestamp", "nonce", "sign").doesNotContainKeys("unionid", "nickname", "error");
        assertThat(answer.get("openid")).startsWith("o").hasSize(28);
        assertThat(merchant.verifyAnswer(answer)).isTrue();
    }

    @Test
    void userinfoScopeAsksConsentAndReturnsProfileAndUnionid() {
        Browser browser = Browser.wechat().asSandboxUser(BASE, "alice");
        Hop consent = browser.follow(merchant.authorizeUrl(RETURN, "userinfo", "s1"), WechatRedirectFlowTest::atMerchant);
        assertThat(consent.status()).isEqualTo(200);
        assertThat(consent.body()).contains("允许");

        Hop allowed = browser.submitForm(consent, "allow");
        Hop last = browser.follow(allowed.uri().resolve(allowed.location()).toString(), WechatRedirectFlowTest::atMerchant);
        Map<String, String> answer = Browser.query(last.location());
        assertThat(answer).containsEntry("nickname", "爱丽丝").containsKeys("openid", "unionid", "sex", "city");
        assertThat(merchant.verifyAnswer(answer)).isTrue();

        // Same payer, base scope: same openid (stable per appid and user), and no unionid.
        Hop base = Browser.wechat().asSandboxUser(BASE, "alice")
                .follow(merchant.authorizeUrl(RETURN, "base", null), WechatRedirectFlowTest::atMerchant);
        assertThat(Browser.query(base.location()).get("openid")).isEqualTo(answer.get("openid"));
    }

    @Test
    void differentPayersGetDifferentOpenids() {
        String alice = Browser.query(Browser.wechat().asSandboxUser(BASE, "alice")
                .follow(merchant.authorizeUrl(RETURN, "base", null), WechatRedirectFlowTest::atMerchant).location()).get("openid");
        String bob = Browser.query(Browser.wechat().asSandboxUser(BASE, "bob")
                .follow(merchant.authorizeUrl(RETURN, "base", null), WechatRedirectFlowTest::atMerchant).location()).get("openid");
        assertThat(alice).isNotBlank().isNotEqualTo(bob);
    }

    @Test
    void aDuplicateCallbackGetsTheSameIdentityNotAnUpstreamError() {
        Browser browser = Browser.wechat().asSandboxUser(BASE, "bob");
        Hop callbackHop = browser.follow(merchant.authorizeUrl(RETURN, "base", "dup"),
                location -> location.contains("/v1/oauth/callback/"));
        String callback = callbackHop.location();
        assertThat(callback).contains("code=");

        Map<String, String> first = Browser.query(browser.get(callback).location());
        Map<String, String> second = Browser.query(browser.get(callback).location());
        assertThat(first.get("openid")).isNotBlank();
        assertThat(second).doesNotContainKey("error").containsEntry("openid", first.get("openid"));
    }

    @Test
    void aSnapshotUserIsReportedToTheMerchantNotPassedOff() {
        Hop last = Browser.wechat().asSandboxUser(BASE, "snapshot")
                .follow(merchant.authorizeUrl(RETURN, "base", "snap"), WechatRedirectFlowTest::atMerchant);
        Map<String, String> answer = Browser.query(last.location());
        assertThat(answer).containsEntry("error", "SNAPSHOT_USER").containsEntry("state", "snap").doesNotContainKey("openid");
        assertThat(merchant.verifyAnswer(answer)).isTrue();
    }

    @Test
    void aPayerWhoRefusesComesBackWithPayerDenied() {
        Browser browser = Browser.wechat().asSandboxUser(BASE, "bob");
        Hop consent = browser.follow(merchant.authorizeUrl(RETURN, "userinfo", "deny"), WechatRedirectFlowTest::atMerchant);
        Hop denied = browser.submitForm(consent, "deny");
        Hop last = browser.follow(denied.uri().resolve(denied.location()).toString(), WechatRedirectFlowTest::atMerchant);
        assertThat(Browser.query(last.location())).containsEntry("error", "PAYER_DENIED").containsEntry("state", "deny");
    }

    @Test
    void badSignatureOnAWhitelistedTargetIsReportedToTheMerchant() {
        Map<String, String> params = merchant.signMd5(merchant.params(RETURN, "base", "x"));
        params.put("sign", "0".repeat(32));
        Hop hop = Browser.wechat().get(merchant.url(params));
        assertThat(hop.status()).isEqualTo(302);
        Map<String, String> answer = Browser.query(hop.location());
        assertThat(hop.location()).startsWith(RETURN);
        assertThat(answer).containsEntry("error", "INVALID_SIGNATURE").containsEntry("state", "x");
        assertThat(merchant.verifyAnswer(answer)).isTrue();
    }

    @Test
    void aTargetOutsideTheWhitelistIsNeverRedirectedTo() {
        for (String target : new String[] {"https://evil.example/steal", "//evil.example/x", "javascript:alert(1)",
                "http://localhost:" + PORT + "@evil.example/demo/", BASE + "/admin/v1/institutions"}) {
            Hop hop = Browser.wechat().get(merchant.authorizeUrl(target, "base", null));
            assertThat(hop.status()).as(target).isEqualTo(403);
            assertThat(hop.location()).as(target).isNull();
            assertThat(hop.body()).as(target).contains("回跳地址未授权").contains("REDIRECT_NOT_ALLOWED");
        }
    }

    @Test
    void replayedNonceAndStaleTimestampAreRefused() {
        Map<String, String> params = merchant.params(RETURN, "base", "r");
        String url = merchant.url(merchant.signMd5(params));
        assertThat(Browser.wechat().get(url).location()).contains("/sandbox/wechat/open/");
        // The identical request again within payerid.nonce-retry-grace is a proxy's retry; any other is a replay.
        assertThat(Browser.wechat().get(url).location()).contains("/sandbox/wechat/open/");
        params.put("state", "r2");
        assertThat(Browser.query(Browser.wechat().get(merchant.url(merchant.signMd5(params))).location()))
                .containsEntry("error", "NONCE_REUSED");

        Map<String, String> stale = merchant.params(RETURN, "base", "r");
        stale.put("timestamp", Long.toString(System.currentTimeMillis() / 1000 - 3600));
        assertThat(Browser.query(Browser.wechat().get(merchant.url(merchant.signMd5(stale))).location()))
                .containsEntry("error", "STALE_TIMESTAMP");
    }

    @Test
    void badInputGetsAPayerPageNeverAServerError() {
        Hop missing = Browser.wechat().get(BASE + "/v1/oauth/authorize");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("INVALID_REQUEST").contains("请求参数错误").doesNotContain("Exception");

        Hop unknownApp = Browser.wechat().get(BASE + "/v1/oauth/authorize?appId=nope&mchNo=MCH_DEMO&redirectUri=x");
        assertThat(unknownApp.status()).isEqualTo(404);
        assertThat(unknownApp.body()).contains("APP_NOT_FOUND");

        Hop repeated = Browser.wechat().get(BASE + "/v1/oauth/authorize?appId=a&appId=b");
        assertThat(repeated.status()).isEqualTo(400);

        Map<String, String> badScope = merchant.signMd5(merchant.params(RETURN, "everything", null));
        assertThat(Browser.query(Browser.wechat().get(merchant.url(badScope)).location())).containsEntry("error", "INVALID_REQUEST");
    }

    @Test
    void tamperedOrForeignCallbacksAreRefused() {
        Browser browser = Browser.wechat().asSandboxUser(BASE, "alice");
        String callback = browser.follow(merchant.authorizeUrl(RETURN, "base", null),
                location -> location.contains("/v1/oauth/callback/")).location();
        int sealStart = callback.indexOf("/k1.") + 4;
        char c = callback.charAt(sealStart + 10);
        String tampered = callback.substring(0, sealStart + 10) + (c == 'A' ? 'B' : 'A') + callback.substring(sealStart + 11);
        Hop hop = Browser.wechat().get(tampered);
        assertThat(hop.status()).isEqualTo(400);
        assertThat(hop.body()).contains("FLOW_STATE_INVALID").contains("授权信息无效");

        String wrongState = callback.replaceAll("state=[A-Za-z0-9]+", "state=forged");
        assertThat(Browser.wechat().get(wrongState).body()).contains("FLOW_STATE_INVALID");
        assertThat(Browser.wechat().get(BASE + "/v1/oauth/callback/nope/k1.abc").status()).isEqualTo(400);
    }

    @Test
    void rsaMerchantsSignWithTheirKeyAndVerifyWithThePlatformKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        Merchant demo = directory.merchantByMchNo(DemoTenant.MCH_NO).orElseThrow();
        MerchantApp app = directory.appByAppId("app_rsa_test").orElseGet(() -> admin.createApp(demo.id(), "app_rsa_test",
                Secret.of("unused-key-0123456789"), Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()),
                Set.of(SignType.RSA2)));

        MerchantClient client = new MerchantClient(BASE, app.appId(), DemoTenant.MCH_NO, "unused");
        Map<String, String> params = MerchantClient.signRsa(client.params(RETURN, "base", "rsa"), keys.getPrivate());
        Hop last = Browser.wechat().asSandboxUser(BASE, "bob").follow(client.url(params), WechatRedirectFlowTest::atMerchant);
        Map<String, String> answer = new TreeMap<>(Browser.query(last.location()));
        assertThat(answer).containsEntry("signType", "RSA2").containsKey("openid");

        String sign = answer.remove("sign");
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(platformKeys.publicKeyBase64()))));
        verifier.update(MerchantClient.canonical(answer).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(verifier.verify(Base64.getDecoder().decode(sign))).isTrue();
    }
}
