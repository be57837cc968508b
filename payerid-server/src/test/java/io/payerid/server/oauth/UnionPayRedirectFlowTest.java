package io.payerid.server.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.unionpay.AppUpIdentifier;
import io.payerid.core.unionpay.UnionPayUserIdExchange;
import io.payerid.core.tenant.UnionPayAcquirer;
import io.payerid.sandbox.unionpay.UnionPayUserIdDerivation;
import io.payerid.server.demo.DemoCredentials;
import io.payerid.server.demo.DemoTenant;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.demo.DemoUnionPaySeeder;
import io.payerid.server.support.Browser;
import io.payerid.server.support.Browser.Hop;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.MerchantClient;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The native redirect flow with {@code channel=UNIONPAY}, as a payer's 云闪付 (or bank app) browser walks it:
 * merchant's signed URL → gateway → (sandbox) userAuth → gateway callback → acquirer user_id exchange
 * (sandbox) → merchant's redirect URI with a signed userId.
 */
class UnionPayRedirectFlowTest extends GatewayTest {

    static final String CLOUD_PAY_UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 15_0 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Mobile/15E148 (com.unionpay.chsp) (cordova 4.5.4) (updebug 0) (version 929) "
            + "(UnionPay/1.0 CloudPay) (clientVersion 324) (language zh_CN) (languageFamily zh_CN)";
    static final String ICBC_UA = "Mozilla/5.0 (Linux; Android 12; PGT-AN10) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Version/4.0 Chrome/96.0.4664.104 Mobile Safari/537.36 UnionPay/1.0 ICBCeLife";
    private static final String RETURN = BASE + "/demo/return";
    private static final String USER_AUTH = BASE + "/sandbox/unionpay/qr/qrcGtwWeb-web/api/userAuth";

    @Autowired
    DemoTenantSeeder seeder;
    @Autowired
    DemoUnionPaySeeder unionPaySeeder;
    @Autowired
    UnionPayUserIdDerivation sandboxUserIds;
    @Autowired
    UnionPayUserIdExchange exchange;

    private MerchantClient merchant;
    private UnionPayAcquirer acquirer;

    @BeforeEach
    void demoMerchant() {
        DemoCredentials demo = seeder.seed();
        acquirer = unionPaySeeder.seed();
        merchant = new MerchantClient(BASE, demo.appId(), demo.mchNo(), demo.appKey());
    }

    private String unionPayUrl(String scope, String state) {
        Map<String, String> params = merchant.params(RETURN, scope, state);
        params.put("channel", "UNIONPAY");
        return merchant.url(merchant.signMd5(params));
    }

    private static boolean atMerchant(String location) {
        return location.startsWith(RETURN);
    }

    private static boolean atCallback(String location) {
        return location.contains("/v1/oauth/callback/unionpay/");
    }

    /** Walks to the sandbox picker and chooses {@code cardholder}; returns the hop redirecting to our callback. */
    private static Hop pickAtUserAuth(Browser browser, String entryUrl, String cardholder) {
        Hop picker = browser.follow(entryUrl, UnionPayRedirectFlowTest::atMerchant);
        assertThat(picker.status()).as(picker.body()).isEqualTo(200);
        assertThat(picker.uri().toString()).startsWith(USER_AUTH);
        Hop chosen = browser.submitForm(picker, cardholder);
        assertThat(chosen.status()).isEqualTo(302);
        return chosen;
    }

    private static Map<String, String> finish(Browser browser, String callbackUrl) {
        return Browser.query(browser.follow(callbackUrl, UnionPayRedirectFlowTest::atMerchant).location());
    }

    @Test
    void cloudPayPayerComesBackWithASignedUserId() {
        Browser browser = new Browser(CLOUD_PAY_UA);
        Hop entry = browser.get(unionPayUrl("base", "order-42"));

        assertThat(entry.status()).isEqualTo(302);
        assertThat(entry.location()).startsWith(USER_AUTH + "?version=1.0.0&redirectUrl=");
        String redirectUrl = URLDecoder.decode(entry.location().substring(entry.location().indexOf("redirectUrl=") + 12),
                StandardCharsets.UTF_8);
        assertThat(redirectUrl).startsWith(BASE + "/v1/oauth/callback/unionpay/k1.").matches(".*\\?state=[A-Za-z0-9]{22}");

        Hop chosen = pickAtUserAuth(browser, entry.location(), "alice");
        Map<String, String> answer = finish(browser, chosen.location());

        assertThat(answer).containsEntry("channel", "UNIONPAY").containsEntry("channelAppId", DemoUnionPaySeeder.SANDBOX_MCH_ID)
                .containsEntry("userId", sandboxUserIds.userId("UnionPay/1.0 CloudPay", "alice"))
                .containsEntry("state", "order-42").containsEntry("appId", DemoTenant.APP_ID)
                .doesNotContainKeys("openid", "unionid", "error", "nickname");
        assertThat(merchant.verifyAnswer(answer)).isTrue();
    }

    @Test
    void aBankAppsIdentifierReachesTheAcquirer() {
        Browser browser = new Browser(ICBC_UA);
        Hop chosen = pickAtUserAuth(browser, unionPayUrl("base", "icbc"), "alice");
        Map<String, String> answer = finish(browser, chosen.location());

        // The sandbox derives user_id from the app identifier it was sent: this one is ICBC's, not CloudPay's.
        assertThat(answer.get("userId")).isEqualTo(sandboxUserIds.userId("UnionPay/1.0 ICBCeLife", "alice"))
                .isNotEqualTo(sandboxUserIds.userId("UnionPay/1.0 CloudPay", "alice"));
        assertThat(merchant.verifyAnswer(answer)).isTrue();
    }

    @Test
    void userinfoScopeIsServedLikeBase() {
        Browser browser = new Browser(CLOUD_PAY_UA);
        Map<String, String> answer = finish(browser, pickAtUserAuth(browser, unionPayUrl("userinfo", "u"), "bob").location());
        assertThat(answer).containsEntry("userId", sandboxUserIds.userId("UnionPay/1.0 CloudPay", "bob"))
                .doesNotContainKeys("nickname", "error");
    }

    @Test
    void aChosenPayerIsRememberedAndLaterFlowsAreSilent() {
        Browser browser = new Browser(CLOUD_PAY_UA);
        finish(browser, pickAtUserAuth(browser, unionPayUrl("base", "first"), "bob").location());

        Hop last = browser.follow(unionPayUrl("base", "second"), UnionPayRedirectFlowTest::atMerchant);
        assertThat(Browser.query(last.location())).containsEntry("state", "second")
                .containsEntry("userId", sandboxUserIds.userId("UnionPay/1.0 CloudPay", "bob"));
    }

    @Test
    void aPayerWhoCancelsComesBackWithPayerDenied() {
        Browser browser = new Browser(CLOUD_PAY_UA);
        Hop picker = browser.follow(unionPayUrl("base", "cancel"), UnionPayRedirectFlowTest::atMerchant);
        Hop cancelled = browser.submitForm(picker, "1");
        assertThat(cancelled.location()).contains("respCode=01").doesNotContain("userAuthCode");

        Map<String, String> answer = finish(browser, cancelled.location());
        assertThat(answer).containsEntry("error", "PAYER_DENIED").containsEntry("state", "cancel").doesNotContainKey("userId");
        assertThat(merchant.verifyAnswer(answer)).isTrue();
    }

    @Test
    void aDuplicateCallbackGetsTheSameIdentity() {
        Browser browser = new Browser(CLOUD_PAY_UA);
        String callback = pickAtUserAuth(browser, unionPayUrl("base", "dup"), "alice").location();

        Map<String, String> first = finish(browser, callback);
        Map<String, String> second = finish(browser, callback);
        assertThat(first.get("userId")).isNotBlank();
        assertThat(second).doesNotContainKey("error").containsEntry("userId", first.get("userId"));
    }

    @Test
    void aCodeAlreadyRedeemedElsewhereIsAnInvalidAuthCode() {
        Browser browser = new Browser(CLOUD_PAY_UA);
        String callback = pickAtUserAuth(browser, unionPayUrl("base", "used"), "alice").location();
        // Someone (a seed API call, a replaying merchant) redeems the code at the acquirer first.
        exchange.userId(acquirer, Browser.query(callback).get("userAuthCode"), AppUpIdentifier.CLOUD_PAY);

        Map<String, String> answer = finish(browser, callback);
        assertThat(answer).containsEntry("error", "AUTH_CODE_INVALID").containsEntry("state", "used");
        assertThat(answer.get("error_description")).contains("AUTHCODE_USED");
        assertThat(merchant.verifyAnswer(answer)).isTrue();
    }

    @Test
    void aForgedCodeIsAnInvalidAuthCode() {
        Browser browser = new Browser(CLOUD_PAY_UA);
        String callback = pickAtUserAuth(browser, unionPayUrl("base", "forged"), "alice").location();
        String forged = callback.replaceFirst("userAuthCode=[^&]+", "userAuthCode=AAAAAAAAAAAAAAAAAAAAAA%3D%3D");

        assertThat(finish(browser, forged)).containsEntry("error", "AUTH_CODE_INVALID");
    }

    /** Re-runs the sandbox's userAuth for one flow until the issued code holds every character in {@code needed}. */
    private static String callbackWithCodeContaining(Browser browser, String userAuthUrl, String... needed) {
        for (int attempt = 0; attempt < 500; attempt++) {
            String callback = browser.get(userAuthUrl).location();
            String code = Browser.query(callback).get("userAuthCode");
            if (java.util.Arrays.stream(needed).allMatch(code::contains)) {
                return callback;
            }
        }
        throw new AssertionError("the sandbox never issued a code containing " + String.join(" and ", needed));
    }

    @Test
    void aCodeWithPlusAndSlashSurvivesTheRoundTrip() {
        Browser browser = new Browser(CLOUD_PAY_UA);
        finish(browser, pickAtUserAuth(browser, unionPayUrl("base", "warmup"), "alice").location());
        String userAuthUrl = browser.get(unionPayUrl("base", "plus")).location();

        String callback = callbackWithCodeContaining(browser, userAuthUrl, "+", "/");
        assertThat(callback).contains("%2B").contains("%2F");

        assertThat(finish(browser, callback)).containsEntry("state", "plus")
                .containsEntry("userId", sandboxUserIds.userId("UnionPay/1.0 CloudPay", "alice"));
    }

    @Test
    void aPlusTheUpstreamLeftUnencodedIsRestored() {
        Browser browser = new Browser(CLOUD_PAY_UA);
        finish(browser, pickAtUserAuth(browser, unionPayUrl("base", "warmup"), "bob").location());
        String userAuthUrl = browser.get(unionPayUrl("base", "rawplus")).location();

        String callback = callbackWithCodeContaining(browser, userAuthUrl, "+");
        // As if UnionPay had appended the code without percent-encoding its '+' (the servlet reads it as a space).
        String raw = callback.replace("%2B", "+");

        assertThat(finish(browser, raw)).containsEntry("state", "rawplus")
                .containsEntry("userId", sandboxUserIds.userId("UnionPay/1.0 CloudPay", "bob"));
    }
}
