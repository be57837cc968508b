package io.payerid.server.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.server.support.Browser;
import io.payerid.server.support.Browser.Hop;
import io.payerid.server.support.GatewayTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Seed 001 (联拓富 wechatUserAuth), driven with the seed's own example requests. */
class LiantuofuUserAuthTest extends GatewayTest {

    @Autowired
    TenantDirectory directory;
    @Autowired
    TenantAdmin admin;

    @BeforeEach
    void seedMerchants() {
        SeedTenants seeds = new SeedTenants(directory, admin);
        Institution isv = seeds.institution("LTF_ISV", "ltf-institution-key");
        seeds.merchant(isv, "ABC", List.of("http://www.qq.com"));
        seeds.merchant(isv, "SC_I2528987310", List.of("http://www.qq.com/auth"));
        seeds.merchant(isv, "EW_N9479011740", List.of("https://shop.example.com/pay"));
    }

    private static boolean atQq(String location) {
        return location.startsWith("http://www.qq.com");
    }

    @Test
    void seedExampleOneAppendsOpenIdToABareHost() {
        Hop last = Browser.wechat().asSandboxUser(BASE, "alice")
                .follow(BASE + "/open/wechatUserAuth?merchantCode=ABC&redirectUri=http://www.qq.com", LiantuofuUserAuthTest::atQq);
        assertThat(last.location()).matches("http://www\\.qq\\.com\\?openId=o[A-Za-z0-9_-]{27}");
    }

    @Test
    void callbackWhenReplayedInAnotherBrowserThenTheSeedDialectRefusesItToo() {
        Browser payer = Browser.wechat().asSandboxUser(BASE, "alice");
        String callback = payer.follow(BASE + "/open/wechatUserAuth?merchantCode=ABC&redirectUri=http://www.qq.com",
                l -> l.contains("/v1/oauth/callback/")).location();
        assertThat(payer.get(callback).location()).startsWith("http://www.qq.com?openId=o");

        Hop replayed = Browser.wechat().get(callback);
        assertThat(replayed.status()).isEqualTo(403);
        assertThat(replayed.location()).isNull();
        assertThat(replayed.body()).contains("FLOW_BROWSER_MISMATCH");
    }

    @Test
    void seedExampleTwoWithTheUnencodedRedirectUriStillWorks() {
        // The seed writes: redirectUri=http://www.qq.com/auth?scope=BASE&merchantCode=SC_I2528987310
        Hop last = Browser.wechat().asSandboxUser(BASE, "bob")
                .follow(BASE + "/open/wechatUserAuth?redirectUri=http://www.qq.com/auth?scope=BASE&merchantCode=SC_I2528987310",
                        LiantuofuUserAuthTest::atQq);
        assertThat(last.location()).startsWith("http://www.qq.com/auth?scope=BASE&openId=o");
    }

    @Test
    void userScopeAddsTheUrlEncodedUserJson() {
        Browser browser = Browser.wechat().asSandboxUser(BASE, "alice");
        String start = BASE + "/open/wechatUserAuth?merchantCode=SC_I2528987310&scope=USER&redirectUri="
                + URLEncoder.encode("http://www.qq.com/auth", StandardCharsets.UTF_8);
        Hop consent = browser.follow(start, LiantuofuUserAuthTest::atQq);
        Hop allowed = browser.submitForm(consent, "allow");
        Hop last = browser.follow(allowed.uri().resolve(allowed.location()).toString(), LiantuofuUserAuthTest::atQq);

        assertThat(last.location()).contains("&json=%7B");
        Map<String, String> answer = Browser.query(last.location());
        JsonNode user = JsonMapper.builder().build().readTree(answer.get("json"));
        assertThat(user.get("openid").asString()).isEqualTo(answer.get("openId"));
        assertThat(user.get("nickname").asString()).isEqualTo("爱丽丝");
        assertThat(user.get("authUser").asBoolean()).isTrue();
        assertThat(user.get("unionid").asString()).isNotBlank();
        assertThat(user.propertyNames()).containsExactly("openid", "nickname", "sex", "city", "province", "country",
                "headimgurl", "unionid", "language", "authUser");
    }

    @Test
    void noSignatureMeansTheWhitelistDecides() {
        Hop hop = Browser.wechat().get(BASE + "/open/wechatUserAuth?merchantCode=ABC&redirectUri="
                + URLEncoder.encode("https://evil.example/?steal=1", StandardCharsets.UTF_8));
        assertThat(hop.status()).isEqualTo(403);
        assertThat(hop.location()).isNull();
        assertThat(hop.body()).contains("REDIRECT_NOT_ALLOWED");
    }

    @Test
    void badInputIsAPayerPage() {
        assertThat(Browser.wechat().get(BASE + "/open/wechatUserAuth?redirectUri=http://www.qq.com").body())
                .contains("INVALID_REQUEST");
        assertThat(Browser.wechat().get(BASE + "/open/wechatUserAuth?merchantCode=NOPE&redirectUri=http://www.qq.com").status())
                .isEqualTo(404);
        assertThat(Browser.wechat().get(BASE + "/open/wechatUserAuth?merchantCode=ABC&scope=ALL&redirectUri=http://www.qq.com").status())
                .isEqualTo(400);
    }

    @Test
    void aSnapshotUserSeesAPageNotAFakeOpenId() {
        Hop last = Browser.wechat().asSandboxUser(BASE, "snapshot")
                .follow(BASE + "/open/wechatUserAuth?merchantCode=ABC&redirectUri=http://www.qq.com", LiantuofuUserAuthTest::atQq);
        assertThat(last.status()).isEqualTo(403);
        assertThat(last.body()).contains("SNAPSHOT_USER");
    }
}
