package io.payerid.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.server.demo.DemoCredentials;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.support.Browser;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.MerchantClient;
import io.payerid.server.support.SignedJsonClient;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code POST /v1/oauth/authorize-url}: the merchant shows the link; the payer's answer is the usual one. */
class AuthorizeUrlApiTest extends GatewayTest {

    static final String PATH = "/v1/oauth/authorize-url";
    static final String RETURN = BASE + "/demo/return";

    @Autowired
    DemoTenantSeeder seeder;

    private SignedJsonClient api;
    private MerchantClient merchant;

    @BeforeEach
    void client() {
        DemoCredentials demo = seeder.seed();
        api = new SignedJsonClient(BASE, demo.appId(), demo.mchNo(), demo.appKey());
        merchant = new MerchantClient(BASE, demo.appId(), demo.mchNo(), demo.appKey());
    }

    @Test
    void theLinkLeadsThePayerThroughWeChatBackToTheMerchant() {
        SignedJsonClient.Answer answer = api.post(PATH, Map.of("redirectUri", RETURN, "scope", "base", "state", "shown-link"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("code", "SUCCESS").containsEntry("expiresIn", "600");
        assertThat(api.verify(answer.body())).isTrue();
        String url = answer.body().get("authorizeUrl");
        assertThat(url).startsWith(BASE + "/v1/oauth/link/k1.");
        assertThat(Browser.wechat().get(url).location())
                .contains("/sandbox/wechat/open/connect/oauth2/authorize?appid=").endsWith("#wechat_redirect");

        Browser payer = Browser.wechat().asSandboxUser(BASE, "bob");
        String callback = payer.follow(url, l -> l.contains("/v1/oauth/callback/")).location();
        Map<String, String> identity = Browser.query(payer.get(callback).location());
        assertThat(identity).containsEntry("state", "shown-link").containsKey("openid");
        assertThat(merchant.verifyAnswer(identity)).isTrue();

        // The link binds the flow to the browser that opened it: its callback replayed elsewhere gives nothing.
        assertThat(Browser.wechat().get(callback).body()).contains("FLOW_BROWSER_MISMATCH");
    }

    @Test
    void linkWhenOpenedInASecondBrowserAfterTheFirstFinishedThenItsCodeIsRefused() {
        String url = api.post(PATH, Map.of("redirectUri", RETURN)).body().get("authorizeUrl");
        Browser first = Browser.wechat().asSandboxUser(BASE, "alice");
        assertThat(Browser.query(first.follow(url, l -> l.startsWith(RETURN)).location())).containsKey("openid");

        Browser.Hop second = Browser.wechat().asSandboxUser(BASE, "bob").follow(url, l -> l.startsWith(RETURN));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body()).contains("FLOW_ALREADY_COMPLETED");
    }

    @Test
    void linkWhenTamperedThenThePayerPageSaysInvalid() {
        String url = api.post(PATH, Map.of("redirectUri", RETURN)).body().get("authorizeUrl");
        Browser.Hop hop = Browser.wechat().get(url.substring(0, url.length() - 3) + "AAA");
        assertThat(hop.status()).isEqualTo(400);
        assertThat(hop.body()).contains("FLOW_STATE_INVALID");
    }

    @Test
    void otherChannelsGiveTheirOwnAuthorizePages() {
        assertThat(Browser.alipay().get(api.post(PATH, Map.of("redirectUri", RETURN, "channel", "ALIPAY")).body()
                .get("authorizeUrl")).location()).contains("/sandbox/alipay/openauth/oauth2/publicAppAuthorize.htm");
        assertThat(Browser.wechat().get(api.post(PATH, Map.of("redirectUri", RETURN, "channel", "UNIONPAY")).body()
                .get("authorizeUrl")).location()).contains("/qrcGtwWeb-web/api/userAuth");
    }

    @Test
    void badRequestsAreClearJsonErrors() {
        assertThat(api.post(PATH, Map.of("redirectUri", "https://evil.example/")).body())
                .containsEntry("code", "REDIRECT_NOT_ALLOWED");
        assertThat(api.post(PATH, Map.of("redirectUri", RETURN, "channel", "QQ")).body()).containsEntry("code", "UNSUPPORTED_CHANNEL");
        assertThat(api.post(PATH, Map.of("redirectUri", RETURN, "scope", "all")).body()).containsEntry("code", "INVALID_REQUEST");
        assertThat(api.post(PATH, Map.of("scope", "base")).body()).containsEntry("code", "INVALID_REQUEST");
        SignedJsonClient.Answer forged = api.postJson(PATH, "{\"appId\":\"app_demo\",\"mchNo\":\"MCH_DEMO\",\"redirectUri\":\""
                + RETURN + "\",\"timestamp\":\"" + System.currentTimeMillis() / 1000 + "\",\"nonce\":\"abcdefgh1234\",\"sign\":\"00\"}");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.body()).containsEntry("code", "INVALID_SIGNATURE");
        assertThat(api.postJson(PATH, "not json").status()).isEqualTo(400);
    }
}
