package io.payerid.sandbox.wechat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.payerid.sandbox.support.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static io.payerid.sandbox.support.SandboxHttp.query;
import static io.payerid.sandbox.wechat.SandboxBrowser.APP1;
import static io.payerid.sandbox.wechat.SandboxBrowser.APP1_SECRET;
import static io.payerid.sandbox.wechat.SandboxBrowser.APP2;
import static io.payerid.sandbox.wechat.SandboxBrowser.APP2_SECRET;
import static io.payerid.sandbox.wechat.SandboxBrowser.BASE;
import static org.assertj.core.api.Assertions.assertThat;

/** Step 2 and after, on the "api" host: code exchange, refresh, userinfo and token validation. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WechatSnsApiTest {

    private static final String OPENID_SHAPE = "o[A-Za-z0-9_-]{27}";

    @Value("${local.server.port}")
    int port;

    @Autowired
    MovableClock clock;

    SandboxBrowser browser;

    @BeforeEach
    void openBrowser() {
        browser = new SandboxBrowser(port);
    }

    @Test
    void aCodeIsExchangedOnceThenReportedAsUsed() {
        String code = browser.authorizeAndGetCode(APP1, "snsapi_base", "alice");

        Map<String, Object> first = browser.exchange(APP1, APP1_SECRET, code);
        Map<String, Object> second = browser.exchange(APP1, APP1_SECRET, code);

        assertThat(first).containsOnlyKeys("access_token", "expires_in", "refresh_token", "openid", "scope")
                .containsEntry("expires_in", 7200)
                .containsEntry("scope", "snsapi_base");
        assertThat((String) first.get("openid")).matches(OPENID_SHAPE);
        assertError(second, 40163, "code been used");
    }

    @Test
    void aCodeDiesAfterFiveMinutes() {
        String code = browser.authorizeAndGetCode(APP1, "snsapi_base", "alice");

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        assertError(browser.exchange(APP1, APP1_SECRET, code), 40029, "invalid code");
    }

    @Test
    void aCodeStillWorksJustBeforeItsDeadline() {
        String code = browser.authorizeAndGetCode(APP1, "snsapi_base", "alice");

        clock.advance(Duration.ofMinutes(5).minusSeconds(1));

        assertThat(browser.exchange(APP1, APP1_SECRET, code)).containsKey("access_token");
    }

    @Test
    void aCodeIsBoundToTheAppItWasIssuedTo() {
        String code = browser.authorizeAndGetCode(APP1, "snsapi_base", "alice");

        assertError(browser.exchange(APP2, APP2_SECRET, code), 40029, "invalid code");
        // The foreign attempt must not burn the code for its rightful owner.
        assertThat(browser.exchange(APP1, APP1_SECRET, code)).containsKey("access_token");
    }

    @Test
    void theExchangeChecksAppAndSecret() {
        String code = browser.authorizeAndGetCode(APP1, "snsapi_base", "alice");

        assertError(browser.exchange(APP1, "wrong-secret", code), 40125, "invalid appsecret");
        assertError(browser.exchange("wxunknown", APP1_SECRET, code), 40013, "invalid appid");
        assertError(browser.exchange(APP1, APP1_SECRET, "garbage-code"), 40029, "invalid code");
        // A wrong secret does not consume the code.
        assertThat(browser.exchange(APP1, APP1_SECRET, code)).containsKey("access_token");
    }

    @Test
    void missingParametersGetWechatsErrcodes() {
        String path = BASE + "/api/sns/oauth2/access_token?";
        assertError(browser.json(path + "secret=s&code=c&grant_type=authorization_code"), 41002, "appid missing");
        assertError(browser.json(path + "appid=" + APP1 + "&code=c&grant_type=authorization_code"), 41004, "appsecret missing");
        assertError(browser.json(path + "appid=" + APP1 + "&secret=s&grant_type=authorization_code"), 41008, "missing code");
        assertError(browser.json(path + "appid=" + APP1 + "&secret=s&code=c&grant_type=client_credential"), 40002, "invalid grant_type");
        assertError(browser.json(path), 41002, "appid missing");
        assertError(browser.json(BASE + "/api/sns/userinfo"), 41001, "access_token missing");
        assertError(browser.json(BASE + "/api/sns/auth?access_token=x"), 41009, "missing openid");
    }

    @Test
    void userinfoReturnsTheProfileForAUserinfoToken() {
        Map<String, Object> token = tokenFor(APP1, APP1_SECRET, "snsapi_userinfo", "alice");

        Map<String, Object> profile = userinfo(token);

        assertThat(profile).containsEntry("openid", token.get("openid"))
                .containsEntry("nickname", "爱丽丝")
                .containsEntry("sex", 2)
                .containsEntry("province", "上海")
                .containsEntry("city", "上海")
                .containsEntry("country", "CN")
                .containsEntry("headimgurl", "")
                .containsEntry("privilege", List.of())
                .containsEntry("unionid", token.get("unionid"));
    }

    @Test
    void userinfoWithASnsapiBaseTokenIsUnauthorized() {
        Map<String, Object> token = tokenFor(APP1, APP1_SECRET, "snsapi_base", "alice");

        assertError(userinfo(token), 48001, "api unauthorized");
    }

    @Test
    void unionidOnlyForSnsapiUserinfoAndOnlyWithAnOpenPlatform() {
        Map<String, Object> userinfoScope = tokenFor(APP1, APP1_SECRET, "snsapi_userinfo", "bob");
        Map<String, Object> baseScope = tokenFor(APP1, APP1_SECRET, "snsapi_base", "bob");
        Map<String, Object> noOpenPlatform = tokenFor(APP2, APP2_SECRET, "snsapi_userinfo", "bob");

        assertThat((String) userinfoScope.get("unionid")).matches(OPENID_SHAPE);
        assertThat(baseScope).doesNotContainKey("unionid");
        assertThat(noOpenPlatform).doesNotContainKey("unionid");
        assertThat(userinfo(noOpenPlatform)).containsEntry("nickname", "鲍勃").doesNotContainKey("unionid");
        assertThat(tokenFor(APP1, APP1_SECRET, "snsapi_userinfo", "bob"))
                .as("stable across authorizations").containsEntry("unionid", userinfoScope.get("unionid"));
    }

    @Test
    void openidIsStablePerAppAndUserAndDiffersAcrossAppsAndUsers() {
        Object alice1Base = tokenFor(APP1, APP1_SECRET, "snsapi_base", "alice").get("openid");
        Object alice1Userinfo = tokenFor(APP1, APP1_SECRET, "snsapi_userinfo", "alice").get("openid");
        Object alice2 = tokenFor(APP2, APP2_SECRET, "snsapi_base", "alice").get("openid");
        Object bob1 = tokenFor(APP1, APP1_SECRET, "snsapi_base", "bob").get("openid");

        assertThat(alice1Userinfo).isEqualTo(alice1Base);
        assertThat(alice2).isNotEqualTo(alice1Base);
        assertThat(bob1).isNotEqualTo(alice1Base).isNotEqualTo(alice2);
        assertThat(alice1Base).isEqualTo(new OpenIdDerivation(SandboxWechatProperties.DEV_SECRET)
                .openId(new SandboxWechatApp(APP1, "x", List.of(), null), SandboxUsers.DEFAULTS.getFirst()));
    }

    @Test
    void aSnapshotUserIsFlaggedHasAVirtualOpenidAndNoUserinfo() {
        Map<String, Object> token = tokenFor(APP1, APP1_SECRET, "snsapi_userinfo", "snapshot");

        assertThat(token).containsEntry("is_snapshotuser", 1);
        String virtualOpenid = (String) token.get("openid");
        assertThat(virtualOpenid).matches(OPENID_SHAPE);
        SandboxUser sameIdButReal = new SandboxUser("snapshot", "x", 0, "", "", "", "", false);
        SandboxWechatApp app1 = new SandboxWechatApp(APP1, "x", List.of(), "open-sandbox-1");
        OpenIdDerivation ids = new OpenIdDerivation(SandboxWechatProperties.DEV_SECRET);
        assertThat(virtualOpenid).isNotEqualTo(ids.openId(app1, sameIdButReal));
        assertThat(token.get("unionid")).isNotEqualTo(ids.unionId(app1, sameIdButReal).orElseThrow());
        assertError(userinfo(token), 48001, "api unauthorized");
        assertThat(tokenFor(APP1, APP1_SECRET, "snsapi_base", "alice")).doesNotContainKey("is_snapshotuser");
    }

    @Test
    void userinfoChecksTheTokenAndTheOpenid() {
        Map<String, Object> token = tokenFor(APP1, APP1_SECRET, "snsapi_userinfo", "alice");
        String otherOpenid = (String) tokenFor(APP1, APP1_SECRET, "snsapi_base", "bob").get("openid");

        assertError(browser.json(userinfoPath(token.get("access_token"), otherOpenid)), 40003, "invalid openid");
        assertError(browser.json(userinfoPath("not-a-token", token.get("openid"))), 40001, "invalid credential");

        clock.advance(Duration.ofSeconds(7201));

        assertError(userinfo(token), 42001, "access_token expired");
    }

    @Test
    void snsAuthValidatesTokenAndOpenid() {
        Map<String, Object> token = tokenFor(APP1, APP1_SECRET, "snsapi_base", "alice");
        String auth = BASE + "/api/sns/auth?";

        assertThat(browser.json(auth + query(Map.of("access_token", (String) token.get("access_token"),
                "openid", (String) token.get("openid"))))).containsExactlyInAnyOrderEntriesOf(Map.of("errcode", 0, "errmsg", "ok"));
        assertError(browser.json(auth + query(Map.of("access_token", (String) token.get("access_token"),
                "openid", "oSomeoneElse"))), 40003, "invalid openid");
        assertError(browser.json(auth + "access_token=garbage&openid=o1"), 40001, "invalid credential");
    }

    @Test
    void refreshMintsANewAccessTokenAndKeepsTheRefreshToken() {
        Map<String, Object> token = tokenFor(APP1, APP1_SECRET, "snsapi_userinfo", "alice");

        Map<String, Object> refreshed = refresh(APP1, (String) token.get("refresh_token"));

        assertThat(refreshed).containsOnlyKeys("access_token", "expires_in", "refresh_token", "openid", "scope")
                .containsEntry("refresh_token", token.get("refresh_token"))
                .containsEntry("openid", token.get("openid"))
                .containsEntry("scope", "snsapi_userinfo")
                .containsEntry("expires_in", 7200);
        assertThat(refreshed.get("access_token")).isNotEqualTo(token.get("access_token"));
        assertThat(userinfo(refreshed)).containsEntry("nickname", "爱丽丝");
    }

    @Test
    void refreshRefusesGarbageForeignAndExpiredRefreshTokens() {
        Map<String, Object> token = tokenFor(APP1, APP1_SECRET, "snsapi_base", "alice");
        String refreshToken = (String) token.get("refresh_token");

        assertError(refresh(APP1, "garbage"), 40030, "invalid refresh_token");
        assertError(refresh(APP2, refreshToken), 40030, "invalid refresh_token");
        assertError(browser.json(BASE + "/api/sns/oauth2/refresh_token?appid=" + APP1
                + "&grant_type=authorization_code&refresh_token=" + refreshToken), 40002, "invalid grant_type");

        clock.advance(Duration.ofDays(29));
        assertThat(refresh(APP1, refreshToken)).as("refreshing keeps the original deadline").containsKey("access_token");
        clock.advance(Duration.ofDays(1).plusSeconds(1));

        assertError(refresh(APP1, refreshToken), 42002, "refresh_token expired");
    }

    private Map<String, Object> tokenFor(String appid, String secret, String scope, String user) {
        Map<String, Object> token = browser.exchange(appid, secret, browser.authorizeAndGetCode(appid, scope, user));
        assertThat(token).as("exchange succeeded").containsKey("access_token").doesNotContainKey("errcode");
        return token;
    }

    private Map<String, Object> userinfo(Map<String, Object> token) {
        return browser.json(userinfoPath(token.get("access_token"), token.get("openid")));
    }

    private static String userinfoPath(Object accessToken, Object openid) {
        return BASE + "/api/sns/userinfo?" + query(Map.of("access_token", (String) accessToken,
                "openid", (String) openid, "lang", "zh_CN"));
    }

    private Map<String, Object> refresh(String appid, String refreshToken) {
        return browser.json(BASE + "/api/sns/oauth2/refresh_token?" + query(Map.of(
                "appid", appid, "grant_type", "refresh_token", "refresh_token", refreshToken)));
    }

    /** WeChat's error shape: errcode plus errmsg with a ", rid: …" suffix. */
    private static void assertError(Map<String, Object> body, int errcode, String errmsgStart) {
        assertThat(body).containsOnlyKeys("errcode", "errmsg").containsEntry("errcode", errcode);
        assertThat((String) body.get("errmsg")).startsWith(errmsgStart).matches(".*, rid: [0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}");
    }
}
