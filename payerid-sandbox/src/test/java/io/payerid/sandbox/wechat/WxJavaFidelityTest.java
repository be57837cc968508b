package io.payerid.sandbox.wechat;

import java.net.http.HttpResponse;
import java.util.Map;

import me.chanjar.weixin.common.bean.WxOAuth2UserInfo;
import me.chanjar.weixin.common.bean.oauth2.WxOAuth2AccessToken;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.service.WxOAuth2Service;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static io.payerid.sandbox.support.SandboxHttp.location;
import static io.payerid.sandbox.support.SandboxHttp.queryOf;
import static io.payerid.sandbox.wechat.SandboxBrowser.APP1;
import static io.payerid.sandbox.wechat.SandboxBrowser.APP1_SECRET;
import static io.payerid.sandbox.wechat.SandboxBrowser.CALLBACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The sandbox driven by WxJava's own OAuth2 client, configured exactly as the gateway would be:
 * only the hosts differ from production.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WxJavaFidelityTest {

    @Value("${local.server.port}")
    int port;

    SandboxBrowser browser;
    WxOAuth2Service oauth2;

    @BeforeEach
    void configureWxJava() {
        browser = new SandboxBrowser(port);
        WxMpHostConfig hosts = new WxMpHostConfig();
        hosts.setOpenHost(browser.root() + "/sandbox/wechat/open");
        hosts.setApiHost(browser.root() + "/sandbox/wechat/api");
        WxMpDefaultConfigImpl config = new WxMpDefaultConfigImpl();
        config.setAppId(APP1);
        config.setSecret(APP1_SECRET);
        config.setHostConfig(hosts);
        WxMpService service = new WxMpServiceImpl();
        service.setWxMpConfigStorage(config);
        oauth2 = service.getOAuth2Service();
    }

    @Test
    void wxJavasAuthorizationUrlIsAcceptedAndItsCodeExchanged() throws WxErrorException {
        String url = oauth2.buildAuthorizationUrl(CALLBACK, "snsapi_base", "wxjava1");
        assertThat(url).startsWith(browser.root() + "/sandbox/wechat/open/connect/oauth2/authorize?appid=" + APP1)
                .endsWith("&connect_redirect=1#wechat_redirect");

        WxOAuth2AccessToken token = oauth2.getAccessToken(codeVia(url, "bob"));

        assertThat(token.getOpenId()).matches("o[A-Za-z0-9_-]{27}");
        assertThat(token.getScope()).isEqualTo("snsapi_base");
        assertThat(token.getExpiresIn()).isEqualTo(7200);
        assertThat(token.getSnapshotUser()).isNull();
        assertThat(token.getUnionId()).isNull();
        assertThat(oauth2.validateAccessToken(token)).isTrue();
    }

    @Test
    void userinfoThroughWxJava() throws WxErrorException {
        String url = oauth2.buildAuthorizationUrl(CALLBACK, "snsapi_userinfo", "wxjava2");
        HttpResponse<String> consent = browser.get(url, "alice");
        HttpResponse<String> allowed = browser.decide(consent, "allow", "alice");

        WxOAuth2AccessToken token = oauth2.getAccessToken(queryOf(location(allowed)).get("code"));
        WxOAuth2UserInfo user = oauth2.getUserInfo(token, "zh_CN");

        assertThat(user.getNickname()).isEqualTo("爱丽丝");
        assertThat(user.getSex()).isEqualTo(2);
        assertThat(user.getCountry()).isEqualTo("CN");
        assertThat(user.getOpenid()).isEqualTo(token.getOpenId());
        assertThat(user.getUnionId()).isNotNull().isEqualTo(token.getUnionId());

        WxOAuth2AccessToken refreshed = oauth2.refreshAccessToken(token.getRefreshToken());
        assertThat(refreshed.getOpenId()).isEqualTo(token.getOpenId());
        assertThat(oauth2.getUserInfo(refreshed, null).getNickname()).isEqualTo("爱丽丝");
    }

    @Test
    void snapshotFlagReachesWxJava() throws WxErrorException {
        String url = oauth2.buildAuthorizationUrl(CALLBACK, "snsapi_userinfo", "wxjava3");
        HttpResponse<String> allowed = browser.decide(browser.get(url, "snapshot"), "allow", "snapshot");

        WxOAuth2AccessToken token = oauth2.getAccessToken(queryOf(location(allowed)).get("code"));

        assertThat(token.getSnapshotUser()).isEqualTo(1);
        WxErrorException refused = catchThrowableOfType(WxErrorException.class, () -> oauth2.getUserInfo(token, "zh_CN"));
        assertThat(refused.getError().getErrorCode()).isEqualTo(48001);
    }

    @Test
    void aReusedCodeMakesWxJavaThrow40163() throws WxErrorException {
        String code = codeVia(oauth2.buildAuthorizationUrl(CALLBACK, "snsapi_base", "wxjava4"), "alice");
        oauth2.getAccessToken(code);

        WxErrorException reused = catchThrowableOfType(WxErrorException.class, () -> oauth2.getAccessToken(code));

        assertThat(reused.getError().getErrorCode()).isEqualTo(40163);
    }

    @Test
    void aWrongSecretMakesWxJavaThrow40125() {
        String code = codeVia(oauth2.buildAuthorizationUrl(CALLBACK, "snsapi_base", "wxjava5"), "alice");

        WxErrorException wrong = catchThrowableOfType(WxErrorException.class,
                () -> oauth2.getAccessToken(APP1, "not-the-secret", code));

        assertThat(wrong.getError().getErrorCode()).isEqualTo(40125);
    }

    /** Opens WxJava's URL as the given user (snsapi_base, so no consent page) and reads the code. */
    private String codeVia(String authorizationUrl, String user) {
        HttpResponse<String> response = browser.get(authorizationUrl, user);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        Map<String, String> callback = queryOf(location(response));
        assertThat(callback).containsKey("state");
        return callback.get("code");
    }
}
