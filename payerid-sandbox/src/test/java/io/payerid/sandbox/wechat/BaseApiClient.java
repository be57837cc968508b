package io.payerid.sandbox.wechat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static io.payerid.sandbox.support.SandboxHttp.parseJson;
import static io.payerid.sandbox.support.SandboxHttp.query;
import static io.payerid.sandbox.wechat.SandboxBrowser.BASE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A merchant server talking to the sandbox's base API by hand (no SDK): tokens, payments, getpaidunionid
 * and the test controls. Each test registers its own apps, so the shared clock and counters cannot mix tests.
 */
final class BaseApiClient {

    static final String API = BASE + "/api";

    private final SandboxBrowser browser;

    BaseApiClient(SandboxBrowser browser) {
        this.browser = browser;
    }

    /** A fresh app with a unique appid; bound to {@code openPlatformId} when not null. */
    static SandboxWechatApp newApp(SandboxWechatApps apps, String openPlatformId) {
        String appid = "wxt" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        SandboxWechatApp app = new SandboxWechatApp(appid, "secret-" + appid, null, openPlatformId);
        apps.register(app);
        return app;
    }

    Map<String, Object> classicToken(String appid, String secret) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("grant_type", "client_credential");
        params.put("appid", appid);
        params.put("secret", secret);
        return browser.json(API + "/cgi-bin/token?" + query(params));
    }

    Map<String, Object> stableToken(String appid, String secret, boolean forceRefresh) {
        return stableTokenRaw("""
                {"grant_type":"client_credential","appid":"%s","secret":"%s","force_refresh":%s}"""
                .formatted(appid, secret, forceRefresh));
    }

    Map<String, Object> stableTokenRaw(String json) {
        HttpResponse<String> response = browser.postJson(API + "/cgi-bin/stable_token", json);
        assertThat(response.statusCode()).isEqualTo(200);
        return parseJson(response.body());
    }

    /** getpaidunionid without an openid: 41009 when the token is accepted, else the token's errcode. */
    int tokenStatus(String accessToken) {
        return errcode(browser.json(API + "/wxa/getpaidunionid?" + query(Map.of("access_token", accessToken))));
    }

    Map<String, Object> paidUnionId(Map<String, String> params) {
        return browser.json(API + "/wxa/getpaidunionid?" + query(params));
    }

    Map<String, Object> pay(String appid, String user, String mchId, String outTradeNo) {
        HttpResponse<String> response = payRaw("""
                {"appid":"%s","user":"%s","mch_id":"%s","out_trade_no":"%s"}""".formatted(appid, user, mchId, outTradeNo));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return parseJson(response.body());
    }

    HttpResponse<String> payRaw(String json) {
        return browser.postJson(BASE + "/payments", json);
    }

    long tokenFetches(String appid) {
        @SuppressWarnings("unchecked")
        Map<String, Object> fetches = (Map<String, Object>) parseJson(browser.get(BASE + "/stats", null).body()).get("tokenFetches");
        Object count = fetches.get(appid);
        return count == null ? 0 : ((Number) count).longValue();
    }

    void faults(String json) {
        HttpResponse<String> response = browser.postJson(BASE + "/faults", json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    static int errcode(Map<String, Object> answer) {
        Object errcode = answer.get("errcode");
        return errcode == null ? 0 : ((Number) errcode).intValue();
    }
}
