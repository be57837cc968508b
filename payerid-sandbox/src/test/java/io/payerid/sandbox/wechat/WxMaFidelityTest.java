package io.payerid.sandbox.wechat;

import java.util.Map;
import java.util.UUID;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.api.impl.WxMaServiceImpl;
import cn.binarywang.wx.miniapp.config.impl.WxMaDefaultConfigImpl;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The base-token endpoints and getpaidunionid driven by WxJava's own clients (weixin-java-miniapp's
 * {@link WxMaService}, weixin-java-mp's stable-token path), configured as in production but for the host.
 * Each answer is checked against what the sandbox says when asked by hand.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WxMaFidelityTest {

    private static final String MCH_ID = "1230000109";

    @Value("${local.server.port}")
    int port;

    @Autowired
    SandboxWechatApps apps;

    SandboxBrowser browser;
    BaseApiClient api;
    SandboxWechatApp miniApp;

    @BeforeEach
    void freshMiniApp() {
        browser = new SandboxBrowser(port);
        api = new BaseApiClient(browser);
        miniApp = BaseApiClient.newApp(apps, "open-sandbox-1");
    }

    @Test
    void wxMasStableTokenIsTheSandboxsStableToken() throws WxErrorException {
        WxMaService service = wxMa(miniApp, true);

        String token = service.getAccessToken();
        Map<String, Object> byHand = api.stableToken(miniApp.appid(), miniApp.secret(), false);
        String forced = service.getAccessToken(true);

        assertThat(token).isEqualTo(byHand.get("access_token"));
        assertThat(forced).as("force_refresh reached the sandbox").isNotEqualTo(token);
        assertThat(api.stableToken(miniApp.appid(), miniApp.secret(), false)).containsEntry("access_token", forced);
        assertThat(service.getWxMaConfig().getExpiresTime() - System.currentTimeMillis())
                .as("WxJava read expires_in=7200 (and keeps 200 s in hand)").isBetween(6_990_000L, 7_000_000L);
        assertThat(api.tokenFetches(miniApp.appid())).as("2 by WxJava, 2 by hand").isEqualTo(4);
    }

    @Test
    void wxMasClassicTokenIsANewSandboxToken() throws WxErrorException {
        WxMaService service = wxMa(miniApp, false);

        String token = service.getAccessToken();
        String again = service.getAccessToken();

        assertThat(again).as("cached by WxJava").isEqualTo(token);
        assertThat(api.tokenStatus(token)).isEqualTo(41009);
        assertThat(api.tokenFetches(miniApp.appid())).isEqualTo(1);
        assertThat(api.classicToken(miniApp.appid(), miniApp.secret()).get("access_token")).isNotEqualTo(token);
    }

    @Test
    void wxMpsStableTokenPathAgreesToo() throws WxErrorException {
        WxMpHostConfig hosts = new WxMpHostConfig();
        hosts.setApiHost(browser.root() + BaseApiClient.API);
        hosts.setOpenHost(WxMpHostConfig.OPEN_DEFAULT_HOST_URL);
        hosts.setMpHost(WxMpHostConfig.MP_DEFAULT_HOST_URL);
        WxMpDefaultConfigImpl config = new WxMpDefaultConfigImpl();
        config.setAppId(miniApp.appid());
        config.setSecret(miniApp.secret());
        config.setHostConfig(hosts);
        config.useStableAccessToken(true);
        WxMpService service = new WxMpServiceImpl();
        service.setWxMpConfigStorage(config);

        assertThat(service.getAccessToken())
                .isEqualTo(api.stableToken(miniApp.appid(), miniApp.secret(), false).get("access_token"));
    }

    @Test
    void wxMasGetPaidUnionIdReturnsTheSandboxsUnionidForBothOrderForms() throws WxErrorException {
        WxMaService service = wxMa(miniApp, true);
        String outTradeNo = "W" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        Map<String, Object> payment = api.pay(miniApp.appid(), "bob", MCH_ID, outTradeNo);
        String openid = (String) payment.get("openid");
        Map<String, Object> byHand = api.paidUnionId(Map.of("access_token", service.getAccessToken(), "openid", openid,
                "transaction_id", (String) payment.get("transaction_id")));

        String byTransaction = service.getPaidUnionId(openid, (String) payment.get("transaction_id"), null, null);
        String byMerchantOrder = service.getPaidUnionId(openid, null, MCH_ID, outTradeNo);

        assertThat(byHand).containsEntry("errcode", 0);
        assertThat(byTransaction).isEqualTo(byHand.get("unionid")).matches("o[A-Za-z0-9_-]{27}");
        assertThat(byMerchantOrder).isEqualTo(byTransaction);
    }

    @Test
    void wxMaSeesTheSandboxsErrcodes() {
        WxMaService service = wxMa(miniApp, true);
        Map<String, Object> payment = api.pay(miniApp.appid(), "alice", MCH_ID, "E" + System.nanoTime());
        String openid = (String) payment.get("openid");
        SandboxWechatApp unbound = BaseApiClient.newApp(apps, null);
        Map<String, Object> unboundPayment = api.pay(unbound.appid(), "alice", MCH_ID, "U" + System.nanoTime());

        assertThat(errcodeOf(() -> service.getPaidUnionId(openid, "4200000000202501010000000001", null, null)))
                .isEqualTo(89300);
        assertThat(errcodeOf(() -> service.getPaidUnionId("oUnknown", (String) payment.get("transaction_id"), null, null)))
                .isEqualTo(40003);
        assertThat(errcodeOf(() -> wxMa(unbound, true).getPaidUnionId((String) unboundPayment.get("openid"),
                (String) unboundPayment.get("transaction_id"), null, null))).isEqualTo(89002);
    }

    @Test
    void wxJavaRefreshesByItselfWhenTheSandboxSaysTheTokenExpired() throws WxErrorException {
        WxMaService service = wxMa(miniApp, true);
        Map<String, Object> payment = api.pay(miniApp.appid(), "alice", MCH_ID, "R" + System.nanoTime());
        String before = service.getAccessToken();

        api.faults("{\"appid\":\"%s\",\"expireTokens\":true}".formatted(miniApp.appid()));
        String unionid = service.getPaidUnionId((String) payment.get("openid"), (String) payment.get("transaction_id"),
                null, null);

        assertThat(unionid).isNotBlank();
        assertThat(service.getAccessToken()).as("42001 is in WxJava's token errcodes").isNotEqualTo(before);
        assertThat(api.tokenFetches(miniApp.appid())).isEqualTo(2);
    }

    private WxMaService wxMa(SandboxWechatApp app, boolean stable) {
        WxMaDefaultConfigImpl config = new WxMaDefaultConfigImpl();
        config.setAppid(app.appid());
        config.setSecret(app.secret());
        config.setApiHostUrl(browser.root() + BaseApiClient.API);
        config.useStableAccessToken(stable);
        WxMaService service = new WxMaServiceImpl();
        service.setWxMaConfig(config);
        service.setMaxRetryTimes(1);
        service.setRetrySleepMillis(10);
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
