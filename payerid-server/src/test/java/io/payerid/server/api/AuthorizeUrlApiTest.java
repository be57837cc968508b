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
        assertThat(url).contains("/sandbox/wechat/open/connect/oauth2/authorize?appid=").endsWith("#wechat_redirect");

        Browser.Hop last = Browser.wechat().asSandboxUser(BASE, "bob").follow(url, l -> l.startsWith(RETURN));
        Map<String, String> identity = Browser.query(last.location());
        assertThat(identity).containsEntry("state", "shown-link").containsKey("openid");
        assertThat(merchant.verifyAnswer(identity)).isTrue();
    }

    @Test
    void otherChannelsGiveTheirOwnAuthorizePages() {
        assertThat(api.post(PATH, Map.of("redirectUri", RETURN, "channel", "ALIPAY")).body().get("authorizeUrl"))
                .contains("/sandbox/alipay/openauth/oauth2/publicAppAuthorize.htm");
        assertThat(api.post(PATH, Map.of("redirectUri", RETURN, "channel", "UNIONPAY")).body().get("authorizeUrl"))
                .contains("/qrcGtwWeb-web/api/userAuth");
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
