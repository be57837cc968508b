package io.payerid.server.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.server.demo.DemoAlipaySeeder;
import io.payerid.server.demo.DemoCredentials;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.demo.DemoUnionPaySeeder;
import io.payerid.server.support.Browser;
import io.payerid.server.support.Browser.Hop;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.MerchantClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A flow is bound to the browser that started it and completes once (issue 7 item 4): the callback URL
 * replayed elsewhere, or brought back with a second code, yields no identity; WeChat's double callback
 * (same code, same browser) still gets the first answer.
 */
class BrowserBindingTest extends GatewayTest {

    private static final String RETURN = BASE + "/demo/return";

    /** WeChat 8.0 on iOS (WKWebView). */
    static final String WECHAT_IOS_UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.44(0x18002c2c) NetType/WIFI Language/zh_CN";
    /** Alipay 10.5 on Android (UC-based webview). */
    static final String ALIPAY_ANDROID_UA = "Mozilla/5.0 (Linux; U; Android 13; zh-CN; PHB110 Build/TP1A.220905.001) "
            + "AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/69.0.3497.100 UWS/3.22.2.59 Mobile Safari/537.36 "
            + "UCBS/3.22.2.59_230817150152 ChannelId(0) NebulaSDK/1.8.100112 Nebula AlipayDefined(nt:WIFI,ws:412|0|3.5) "
            + "AliApp(AP/10.5.26.8000) AlipayClient/10.5.26.8000 Language/zh-Hans useStatusBar/true isConcaveScreen/true "
            + "Region/CNAriver/1.0.0 DTN/2.0";

    @Autowired
    DemoTenantSeeder seeder;
    @Autowired
    DemoAlipaySeeder alipaySeeder;
    @Autowired
    DemoUnionPaySeeder unionPaySeeder;

    private MerchantClient merchant;

    @BeforeEach
    void demoMerchant() {
        DemoCredentials demo = seeder.seed();
        alipaySeeder.seed();
        unionPaySeeder.seed();
        merchant = new MerchantClient(BASE, demo.appId(), demo.mchNo(), demo.appKey());
    }

    private static boolean atCallback(String location) {
        return location.contains("/v1/oauth/callback/");
    }

    private static boolean atMerchant(String location) {
        return location.startsWith(RETURN);
    }

    @Test
    void authorizeWhenSignedThenABodilessFoundWithOneLocationNoStoreAndTheFlowCookie() {
        Hop entry = Browser.wechat().get(merchant.authorizeUrl(RETURN, "base", "headers"));

        assertThat(entry.status()).isEqualTo(302);
        assertThat(entry.headers().allValues("Location")).hasSize(1).allMatch(l -> l.contains("/connect/oauth2/authorize?"));
        assertThat(entry.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(entry.headers().allValues("Set-Cookie")).hasSize(1)
                .allMatch(c -> c.startsWith(BrowserBinding.COOKIE + "=") && c.contains("Path=/v1/oauth/callback/wechat_oa/"));
        assertThat(entry.headers().firstValue("Content-Type")).isEmpty();
        assertThat(entry.body()).isEmpty();
    }

    @Test
    void callbackWhenReplayedInAnotherBrowserThenRefusedOnThePayerPage() {
        Browser payer = Browser.wechat().asSandboxUser(BASE, "alice");
        String callback = payer.follow(merchant.authorizeUrl(RETURN, "base", "mine"), BrowserBindingTest::atCallback).location();
        assertThat(Browser.query(payer.get(callback).location())).containsKey("openid").doesNotContainKey("error");

        Hop replayed = Browser.wechat().asSandboxUser(BASE, "bob").get(callback);
        assertThat(replayed.status()).isEqualTo(403);
        assertThat(replayed.location()).isNull();
        assertThat(replayed.body()).contains("FLOW_BROWSER_MISMATCH").contains("请在发起授权的同一页面中完成授权");
    }

    @Test
    void callbackWhenAnUnfinishedFlowIsOpenedInAnotherBrowserThenRefused() {
        String callback = Browser.wechat().asSandboxUser(BASE, "alice")
                .follow(merchant.authorizeUrl(RETURN, "base", null), BrowserBindingTest::atCallback).location();
        Hop elsewhere = Browser.wechat().get(callback);
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.body()).contains("FLOW_BROWSER_MISMATCH");
    }

    @Test
    void callbackWhenTheFlowWasCompletedWithAnotherCodeThenRefused() {
        Browser payer = Browser.wechat().asSandboxUser(BASE, "alice");
        Hop entry = payer.get(merchant.authorizeUrl(RETURN, "base", "once"));
        String firstCallback = payer.follow(entry.location(), BrowserBindingTest::atCallback).location();
        assertThat(Browser.query(payer.get(firstCallback).location())).containsKey("openid");

        // Another payer's code for the same flow, in the same browser (the upstream page visited again as bob).
        payer.asSandboxUser(BASE, "bob");
        String secondCallback = payer.follow(entry.location(), BrowserBindingTest::atCallback).location();
        assertThat(Browser.query(secondCallback).get("code")).isNotEqualTo(Browser.query(firstCallback).get("code"));
        Hop refused = payer.get(secondCallback);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.location()).isNull();
        assertThat(refused.body()).contains("FLOW_ALREADY_COMPLETED").contains("该授权已完成");
    }

    @Test
    void callbackWhenWechatCallsBackTwiceAtOnceThenBothGetTheSameIdentity() {
        Browser payer = Browser.wechat().asSandboxUser(BASE, "bob");
        String callback = payer.follow(merchant.authorizeUrl(RETURN, "base", "twice"), BrowserBindingTest::atCallback).location();
        List<CompletableFuture<Map<String, String>>> both = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            both.add(CompletableFuture.supplyAsync(() -> Browser.query(payer.get(callback).location())));
        }
        Map<String, String> first = both.get(0).join();
        Map<String, String> second = both.get(1).join();
        assertThat(first).doesNotContainKey("error").containsKey("openid");
        assertThat(second).doesNotContainKey("error").containsEntry("openid", first.get("openid"));
        assertThat(merchant.verifyAnswer(second)).isTrue();
    }

    @Test
    void callbackWhenTwoFlowsRunInParallelTabsThenEachFinishes() {
        Browser payer = Browser.wechat().asSandboxUser(BASE, "alice");
        String tab1 = payer.follow(merchant.authorizeUrl(RETURN, "base", "tab1"), BrowserBindingTest::atCallback).location();
        String tab2 = payer.follow(merchant.authorizeUrl(RETURN, "base", "tab2"), BrowserBindingTest::atCallback).location();
        assertThat(Browser.query(payer.get(tab1).location())).containsEntry("state", "tab1").containsKey("openid");
        assertThat(Browser.query(payer.get(tab2).location())).containsEntry("state", "tab2").containsKey("openid");
    }

    @Test
    void entryWhenTheFlowStartsThenTheCookieIsHttpOnlyLaxAndScopedToTheCallback() {
        Browser payer = Browser.wechat().asSandboxUser(BASE, "alice");
        Hop entry = payer.get(merchant.authorizeUrl(RETURN, "base", null));
        String setCookie = payer.lastSetCookie(BrowserBinding.COOKIE);
        String redirectUri = Browser.query(entry.location().replace("#wechat_redirect", "")).get("redirect_uri");
        String callbackPath = java.net.URI.create(redirectUri).getRawPath();
        assertThat(setCookie).contains("Path=" + callbackPath).contains("HttpOnly").contains("SameSite=Lax")
                .contains("Max-Age=600").doesNotContain("Secure");
    }

    static Stream<Arguments> inAppBrowsers() {
        return Stream.of(
                Arguments.of("WeChat Android", Browser.WECHAT_ANDROID_UA, "WECHAT_OA"),
                Arguments.of("WeChat iOS", WECHAT_IOS_UA, "WECHAT_OA"),
                Arguments.of("Alipay iOS", Browser.ALIPAY_IOS_UA, "ALIPAY"),
                Arguments.of("Alipay Android", ALIPAY_ANDROID_UA, "ALIPAY"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inAppBrowsers")
    void flowWhenOpenedInARealInAppBrowserUserAgentThenItCompletesOnceThere(String name, String userAgent, String channel) {
        Browser payer = new Browser(userAgent).asSandboxUser(BASE, "alice").asSandboxAlipayUser(BASE, "alice");
        Map<String, String> params = merchant.params(RETURN, "base", name);
        params.put("channel", channel);
        String callback = payer.follow(merchant.url(merchant.signMd5(params)), BrowserBindingTest::atCallback).location();
        Map<String, String> answer = Browser.query(payer.get(callback).location());
        assertThat(answer).as(name).containsEntry("channel", channel).doesNotContainKey("error");
        assertThat(merchant.verifyAnswer(answer)).isTrue();
        assertThat(new Browser(userAgent).get(callback).body()).contains("FLOW_BROWSER_MISMATCH");
    }

    @Test
    void flowWhenOpenedInTheCloudPayInAppBrowserThenItCompletesOnceThere() {
        Browser payer = new Browser(UnionPayRedirectFlowTest.CLOUD_PAY_UA);
        Map<String, String> params = merchant.params(RETURN, "base", "cloudpay");
        params.put("channel", "UNIONPAY");
        Hop picker = payer.follow(merchant.url(merchant.signMd5(params)), BrowserBindingTest::atMerchant);
        String callback = payer.submitForm(picker, "alice").location();
        assertThat(callback).contains("/v1/oauth/callback/unionpay/");
        Map<String, String> answer = Browser.query(payer.follow(callback, BrowserBindingTest::atMerchant).location());
        assertThat(answer).containsEntry("channel", "UNIONPAY").containsKey("userId").doesNotContainKey("error");
        assertThat(new Browser(UnionPayRedirectFlowTest.CLOUD_PAY_UA).get(callback).body()).contains("FLOW_BROWSER_MISMATCH");
    }
}
