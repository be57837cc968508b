package io.payerid.sandbox.wechat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.api.impl.WxMaServiceImpl;
import cn.binarywang.wx.miniapp.bean.WxMaJscode2SessionResult;
import cn.binarywang.wx.miniapp.config.impl.WxMaDefaultConfigImpl;
import io.payerid.sandbox.support.MovableClock;
import me.chanjar.weixin.common.error.WxErrorException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static io.payerid.sandbox.support.SandboxHttp.parseJson;
import static io.payerid.sandbox.wechat.SandboxBrowser.BASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * 小程序登录 as WxJava's own mini-program client ({@link WxMaService#jsCode2SessionInfo}) sees it: a code from
 * the sandbox's wx.login control redeems once for the user's openid, session_key and unionid, and every
 * documented refusal reaches WxJava as WeChat's errcode.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MiniProgramLoginFidelityTest {

    @Value("${local.server.port}")
    int port;

    @Autowired
    SandboxWechatApps apps;

    @Autowired
    MovableClock clock;

    SandboxBrowser browser;
    BaseApiClient api;
    SandboxWechatApp miniApp;

    @BeforeEach
    void boundMiniApp() {
        browser = new SandboxBrowser(port);
        api = new BaseApiClient(browser);
        miniApp = BaseApiClient.newApp(apps, "open-sandbox-1");
    }

    @Test
    void jsCode2SessionInfoWhenCodeFreshThenOpenidSessionKeyAndUnionid() throws WxErrorException {
        Map<String, Object> login = login(miniApp, "bob");

        WxMaJscode2SessionResult session = wxMa(miniApp).jsCode2SessionInfo((String) login.get("code"));

        assertThat(session.getOpenid()).isEqualTo(login.get("openid")).matches("o[A-Za-z0-9_-]{27}");
        assertThat(session.getSessionKey()).isEqualTo(login.get("session_key")).hasSize(24);
        assertThat(session.getUnionid()).matches("o[A-Za-z0-9_-]{27}");
        assertThat(wxMa(miniApp).jsCode2SessionInfo((String) login(miniApp, "bob").get("code")).getOpenid())
                .as("the same user in the same mini-program").isEqualTo(session.getOpenid());
    }

    @Test
    void jsCode2SessionInfoWhenAppUnboundThenNoUnionid() throws WxErrorException {
        SandboxWechatApp unbound = BaseApiClient.newApp(apps, null);

        WxMaJscode2SessionResult session = wxMa(unbound).jsCode2SessionInfo((String) login(unbound, "alice").get("code"));

        assertThat(session.getOpenid()).isNotBlank();
        assertThat(session.getUnionid()).isNull();
    }

    @Test
    void jsCode2SessionInfoWhenCodeReusedForeignOrExpiredThenWechatsErrcodes() throws WxErrorException {
        String code = (String) login(miniApp, "alice").get("code");
        wxMa(miniApp).jsCode2SessionInfo(code);
        SandboxWechatApp other = BaseApiClient.newApp(apps, null);
        String expiring = (String) login(miniApp, "alice").get("code");

        assertThat(errcodeOf(() -> wxMa(miniApp).jsCode2SessionInfo(code))).isEqualTo(40163);
        assertThat(errcodeOf(() -> wxMa(miniApp).jsCode2SessionInfo("0a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P"))).isEqualTo(40029);
        assertThat(errcodeOf(() -> wxMa(other).jsCode2SessionInfo((String) login(miniApp, "alice").get("code"))))
                .as("another mini-program's code").isEqualTo(40029);
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(errcodeOf(() -> wxMa(miniApp).jsCode2SessionInfo(expiring))).as("5 minutes old").isEqualTo(40029);
    }

    @Test
    void jsCode2SessionInfoWhenSecretWrongThen40125() {
        String code = (String) login(miniApp, "alice").get("code");
        SandboxWechatApp impostor = new SandboxWechatApp(miniApp.appid(), "not-the-secret", null, null);

        assertThat(errcodeOf(() -> wxMa(impostor).jsCode2SessionInfo(code))).isEqualTo(40125);
    }

    @Test
    void jsCode2SessionInfoWhenBusyThenMinusOneAndTheCodeSurvives() throws WxErrorException {
        String code = (String) login(miniApp, "alice").get("code");

        api.faults("{\"appid\":\"%s\",\"busy\":true}".formatted(miniApp.appid()));
        int busy = errcodeOf(() -> wxMa(miniApp).jsCode2SessionInfo(code));
        api.faults("{\"appid\":\"%s\",\"busy\":false}".formatted(miniApp.appid()));

        assertThat(busy).isEqualTo(-1);
        assertThat(wxMa(miniApp).jsCode2SessionInfo(code).getOpenid()).isNotBlank();
    }

    @Test
    void jsCode2SessionInfoWhenUserOverMinuteQuotaThen45011UntilTheNextMinute() throws WxErrorException {
        clock.advance(Duration.ofSeconds(60 - clock.instant().getEpochSecond() % 60));
        for (int i = 0; i < 100; i++) {
            wxMa(miniApp).jsCode2SessionInfo((String) login(miniApp, "bob").get("code"));
        }
        String code = (String) login(miniApp, "bob").get("code");

        assertThat(errcodeOf(() -> wxMa(miniApp).jsCode2SessionInfo(code))).isEqualTo(45011);
        assertThat(wxMa(miniApp).jsCode2SessionInfo((String) login(miniApp, "alice").get("code")).getOpenid())
                .as("the quota is per user").isNotBlank();
        clock.advance(Duration.ofMinutes(1));
        assertThat(wxMa(miniApp).jsCode2SessionInfo(code).getOpenid()).as("the refused code was not spent").isNotBlank();
    }

    @Test
    void loginWhenAppOrUserUnknownThen400() {
        HttpResponse<String> unknownApp = browser.postJson(BASE + "/miniprogram/login", "{\"appid\":\"wxnope\",\"user\":\"bob\"}");
        HttpResponse<String> unknownUser = browser.postJson(BASE + "/miniprogram/login",
                "{\"appid\":\"%s\",\"user\":\"nobody\"}".formatted(miniApp.appid()));
        HttpResponse<String> garbage = browser.postJson(BASE + "/miniprogram/login", "[1,2");

        assertThat(unknownApp.statusCode()).isEqualTo(400);
        assertThat(unknownUser.statusCode()).isEqualTo(400);
        assertThat(garbage.statusCode()).isEqualTo(400);
    }

    @Test
    void jsCodeToSessionWhenParametersMissingThenWechatsErrcodes() {
        String path = BaseApiClient.API + "/sns/jscode2session";
        String code = (String) login(miniApp, "alice").get("code");
        String secret = "&secret=" + miniApp.secret();

        assertThat(errcode(path + "?secret=x&js_code=y&grant_type=authorization_code")).isEqualTo(41002);
        assertThat(errcode(path + "?appid=" + miniApp.appid() + "&js_code=y&grant_type=authorization_code")).isEqualTo(41004);
        assertThat(errcode(path + "?appid=" + miniApp.appid() + secret + "&grant_type=authorization_code")).isEqualTo(41008);
        assertThat(errcode(path + "?appid=" + miniApp.appid() + secret + "&js_code=" + code)).isEqualTo(40002);
        assertThat(errcode(path + "?appid=wxunknown" + secret + "&js_code=" + code + "&grant_type=authorization_code"))
                .isEqualTo(40013);
    }

    private int errcode(String path) {
        return BaseApiClient.errcode(browser.json(path));
    }

    private Map<String, Object> login(SandboxWechatApp app, String user) {
        HttpResponse<String> response = browser.postJson(BASE + "/miniprogram/login",
                "{\"appid\":\"%s\",\"user\":\"%s\"}".formatted(app.appid(), user));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return parseJson(response.body());
    }

    private WxMaService wxMa(SandboxWechatApp app) {
        WxMaDefaultConfigImpl config = new WxMaDefaultConfigImpl();
        config.setAppid(app.appid());
        config.setSecret(app.secret());
        config.setApiHostUrl(browser.root() + BaseApiClient.API);
        WxMaService service = new WxMaServiceImpl();
        service.setWxMaConfig(config);
        service.setMaxRetryTimes(0);
        return service;
    }

    @FunctionalInterface
    private interface WxCall {
        void run() throws WxErrorException;
    }

    private static int errcodeOf(WxCall call) {
        WxErrorException e = catchThrowableOfType(WxErrorException.class, call::run);
        assertThat(e).as("WxJava threw").isNotNull();
        return e.getError().getErrorCode();
    }
}
