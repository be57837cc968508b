package io.payerid.server.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.signing.Digests;
import io.payerid.core.signing.HexCase;
import io.payerid.core.store.SharedStateStore;
import io.payerid.sandbox.wechat.SandboxWechatApps;
import io.payerid.server.demo.DemoCredentials;
import io.payerid.server.demo.DemoTenant;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.support.Browser;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.MerchantClient;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A callback whose code an earlier exchange claimed and redeemed at WeChat without storing the result (what
 * a node killed in its upstream call leaves behind): the flow restarts once for a fresh code, on the same
 * sealed callback; a second such loss, or a used code nobody claimed, is the usual AUTH_CODE_INVALID.
 */
class LostCodeExchangeTest extends GatewayTest {

    private static final String RETURN = BASE + "/demo/return";

    @Autowired
    DemoTenantSeeder seeder;
    @Autowired
    SandboxWechatApps sandboxApps;
    @Autowired
    SharedStateStore store;

    private MerchantClient merchant;

    @BeforeEach
    void demoMerchant() {
        DemoCredentials demo = seeder.seed();
        merchant = new MerchantClient(BASE, demo.appId(), demo.mchNo(), demo.appKey());
    }

    @Test
    void callbackWhenAnEarlierExchangeSpentTheCodeAndNeverFinishedThenTheFlowRestartsAndSucceeds() {
        Browser payer = Browser.wechat().asSandboxUser(BASE, "alice");
        String callback = callbackOf(payer, "lost-once");
        loseExchangeOf(callback);

        Browser.Hop restarted = payer.get(callback);
        assertThat(restarted.status()).isEqualTo(302);
        assertThat(restarted.location()).contains("/connect/oauth2/authorize");
        String fresh = payer.follow(restarted.location(), l -> l.contains("/v1/oauth/callback/")).location();
        assertThat(URI.create(fresh).getPath()).as("the same sealed callback").isEqualTo(URI.create(callback).getPath());

        Map<String, String> answer = Browser.query(payer.get(fresh).location());
        assertThat(answer).containsEntry("state", "lost-once").containsKey("openid").doesNotContainKey("error");
        assertThat(merchant.verifyAnswer(answer)).isTrue();
    }

    @Test
    void callbackWhenTheRestartedFlowLosesItsCodeAgainThenAuthCodeInvalid() {
        Browser payer = Browser.wechat().asSandboxUser(BASE, "alice");
        String callback = callbackOf(payer, "lost-twice");
        loseExchangeOf(callback);
        String fresh = payer.follow(payer.get(callback).location(), l -> l.contains("/v1/oauth/callback/")).location();
        loseExchangeOf(fresh);

        Map<String, String> answer = Browser.query(payer.get(fresh).location());
        assertThat(answer).containsEntry("error", "AUTH_CODE_INVALID").doesNotContainKey("openid");
    }

    @Test
    void callbackWhenTheCodeWasUsedButNeverClaimedThenAuthCodeInvalidWithoutRestart() {
        Browser payer = Browser.wechat().asSandboxUser(BASE, "alice");
        String callback = callbackOf(payer, "used-elsewhere");
        redeemAtWechat(Browser.query(callback).get("code"));

        Browser.Hop hop = payer.get(callback);
        assertThat(hop.location()).doesNotContain("/connect/oauth2/authorize");
        assertThat(Browser.query(hop.location())).containsEntry("error", "AUTH_CODE_INVALID");
    }

    private String callbackOf(Browser payer, String state) {
        return payer.follow(merchant.authorizeUrl(RETURN, "base", state), l -> l.contains("/v1/oauth/callback/")).location();
    }

    /** What a node killed mid-exchange leaves: its claim on the code, the code redeemed at WeChat, no result. */
    private void loseExchangeOf(String callback) {
        String code = Browser.query(callback).get("code");
        String app = DemoTenant.WECHAT_APP_ID;
        store.putIfAbsent("oauth-code-claim:WECHAT_OA:" + app + ":" + Digests.hmacSha256Hex(app, code, HexCase.LOWER), "1",
                Duration.ofMinutes(10));
        redeemAtWechat(code);
    }

    private void redeemAtWechat(String code) {
        String app = DemoTenant.WECHAT_APP_ID;
        String secret = sandboxApps.find(app).orElseThrow().secret();
        Browser.Hop exchanged = Browser.wechat().get(BASE + "/sandbox/wechat/api/sns/oauth2/access_token?appid=" + app
                + "&secret=" + secret + "&code=" + code + "&grant_type=authorization_code");
        assertThat(exchanged.body()).contains("openid");
    }
}
