package io.payerid.sandbox.wechat;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import io.payerid.sandbox.support.SandboxHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static io.payerid.sandbox.support.SandboxHttp.location;
import static io.payerid.sandbox.support.SandboxHttp.queryOf;
import static io.payerid.sandbox.wechat.SandboxBrowser.APP1;
import static io.payerid.sandbox.wechat.SandboxBrowser.BASE;
import static io.payerid.sandbox.wechat.SandboxBrowser.CALLBACK;
import static io.payerid.sandbox.wechat.SandboxBrowser.authorizePath;
import static org.assertj.core.api.Assertions.assertThat;

/** Step 1 in the browser: /connect/oauth2/authorize, the consent page and the user picker. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WechatAuthorizeFlowTest {

    @Value("${local.server.port}")
    int port;

    SandboxBrowser browser;

    @BeforeEach
    void openBrowser() {
        browser = new SandboxBrowser(port);
    }

    @Test
    void snsapiBaseRedirectsSilentlyWithCodeAndState() {
        HttpResponse<String> response = browser.get(authorizePath(APP1, CALLBACK, "snsapi_base", "order42"), "alice");

        assertThat(response.statusCode()).isEqualTo(302);
        String location = location(response);
        assertThat(location).startsWith(CALLBACK + "?code=").endsWith("&state=order42");
        assertThat(queryOf(location).get("code")).matches("[A-Za-z0-9]{32}");
    }

    @Test
    void callbackKeepsAnExistingQueryAndFragment() {
        String redirect = "https://merchant.example/cb?order=42#/pay";
        HttpResponse<String> response = browser.get(authorizePath(APP1, redirect, "snsapi_base", "s1"), "alice");

        assertThat(location(response)).matches(
                Pattern.quote("https://merchant.example/cb?order=42&code=") + "[A-Za-z0-9]{32}&state=s1#/pay");
    }

    @Test
    void nonAsciiCallbacksArePercentEncodedInTheLocation() {
        HttpResponse<String> response = browser.get(
                authorizePath(APP1, "https://merchant.example/支付?shop=门店#/结果", "snsapi_base", "s1"), "alice");

        assertThat(location(response)).matches(Pattern.quote("https://merchant.example/%E6%94%AF%E4%BB%98?shop=%E9%97%A8%E5%BA%97&code=")
                + "[A-Za-z0-9]{32}&state=s1" + Pattern.quote("#/%E7%BB%93%E6%9E%9C"));
    }

    @Test
    void portOfTheRedirectUriIsIgnoredLikeWechat() {
        HttpResponse<String> response = browser.get(
                authorizePath(APP1, "http://Merchant.Example:8080/cb", "snsapi_base", "s1"), "bob");

        assertThat(location(response)).startsWith("http://Merchant.Example:8080/cb?code=");
    }

    @Test
    void withoutStateTheCallbackCarriesAnEmptyState() {
        HttpResponse<String> response = browser.get(authorizePath(APP1, CALLBACK, "snsapi_base", null), "alice");

        assertThat(queryOf(location(response))).containsEntry("state", "").containsKey("code");
    }

    @Test
    void snsapiUserinfoShowsAChineseConsentPageThenAllowRedirectsWithCode() {
        HttpResponse<String> page = browser.get(authorizePath(APP1, CALLBACK, "snsapi_userinfo", "st8"), "alice");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(page.body())
                .contains("<html lang=\"zh-CN\">", "<meta charset=\"utf-8\">", "<meta name=\"viewport\"")
                .contains("允许", "拒绝", "爱丽丝", APP1);

        HttpResponse<String> allowed = browser.decide(page, "allow", "alice");

        assertThat(allowed.statusCode()).isEqualTo(302);
        assertThat(queryOf(location(allowed))).containsEntry("state", "st8").containsKey("code");
        assertThat(location(allowed)).startsWith(CALLBACK + "?code=");
    }

    @Test
    void denyRedirectsWithStateOnly() {
        HttpResponse<String> page = browser.get(authorizePath(APP1, CALLBACK, "snsapi_userinfo", "st9"), "alice");

        HttpResponse<String> denied = browser.decide(page, "deny", "alice");

        assertThat(denied.statusCode()).isEqualTo(302);
        assertThat(location(denied)).isEqualTo(CALLBACK + "?state=st9");
    }

    @Test
    void aConsentDecisionCannotBeReplayed() {
        HttpResponse<String> page = browser.get(authorizePath(APP1, CALLBACK, "snsapi_userinfo", "st10"), "alice");
        assertThat(browser.decide(page, "allow", "alice").statusCode()).isEqualTo(302);

        HttpResponse<String> replay = browser.decide(page, "allow", "alice");

        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.headers().firstValue("Location")).isEmpty();
        assertThat(replay.body()).contains("授权请求已失效");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "https://evil.example/cb",
            "https://merchant.example.evil.com/cb",
            "https://evilmerchant.example/cb",
            "https://merchant.example@evil.com/cb",
            "https://sub.merchant.example/cb",
            "javascript:alert(1)",
            "/relative/callback",
            "not a url"})
    void redirectOutsideTheAuthDomainsShowsErrorPage10003(String redirect) {
        HttpResponse<String> response = browser.get(authorizePath(APP1, redirect, "snsapi_base", "s1"), "alice");

        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(response.body()).contains("10003", "redirect_uri 域名与后台配置不一致");
    }

    @ParameterizedTest
    @ValueSource(strings = {"has-dash", "has space", "<script>", "中文", "a_b"})
    void stateWithCharactersOutsideAlphanumericsIsRefused(String state) {
        HttpResponse<String> response = browser.get(authorizePath(APP1, CALLBACK, "snsapi_base", state), "alice");

        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.body()).contains("state 参数错误").doesNotContain("<script>");
    }

    @Test
    void stateIsLimitedTo128Bytes() {
        HttpResponse<String> atLimit = browser.get(authorizePath(APP1, CALLBACK, "snsapi_base", "a".repeat(128)), "alice");
        HttpResponse<String> overLimit = browser.get(authorizePath(APP1, CALLBACK, "snsapi_base", "a".repeat(129)), "alice");

        assertThat(atLimit.statusCode()).isEqualTo(302);
        assertThat(queryOf(location(atLimit))).containsEntry("state", "a".repeat(128));
        assertThat(overLimit.headers().firstValue("Location")).isEmpty();
        assertThat(overLimit.body()).contains("state 参数错误", "128");
    }

    @Test
    void missingOrInvalidParametersGetWechatsPageCodes() {
        assertThat(page(authorizePath(null, CALLBACK, "snsapi_base", "s"))).contains("10012");
        assertThat(page(authorizePath(APP1, null, "snsapi_base", "s"))).contains("10011");
        assertThat(page(authorizePath(APP1, CALLBACK, null, "s"))).contains("10010");
        assertThat(page(authorizePath(APP1, CALLBACK, "snsapi_login", "s"))).contains("10005");
        assertThat(page(authorizePath("wxunknown", CALLBACK, "snsapi_base", "s"))).contains("40013", "appid 无效");
        assertThat(page(authorizePath(APP1, CALLBACK, "snsapi_base", "s").replace("response_type=code", "response_type=token")))
                .contains("response_type 参数错误");
        assertThat(page(BASE + "/open/connect/oauth2/authorize")).contains("10012");
    }

    @Test
    void withoutTheUserCookieThePickerContinuesTheSameAuthorizeRequest() {
        String authorize = authorizePath(APP1, CALLBACK, "snsapi_base", "pick1");
        HttpResponse<String> picker = browser.get(authorize, null);

        assertThat(picker.statusCode()).isEqualTo(200);
        assertThat(picker.body()).contains("选择沙箱微信用户", "爱丽丝", "鲍勃", "快照页虚拟用户");
        String link = SandboxHttp.find(Pattern.compile("href=\"([^\"]*user=bob[^\"]*)\""), picker.body())
                .replace("&amp;", "&");
        assertThat(link).startsWith(BASE + "/users/select?user=bob&return=");

        HttpResponse<String> selected = browser.get(link, null);

        assertThat(selected.statusCode()).isEqualTo(302);
        assertThat(selected.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith(SandboxUserPickerController.COOKIE.name() + "=bob").contains("Path=/"));
        String back = location(selected);
        assertThat(back).isEqualTo(authorize.substring(0, authorize.indexOf('#')));

        HttpResponse<String> resumed = browser.get(back, "bob");
        assertThat(queryOf(location(resumed))).containsEntry("state", "pick1").containsKey("code");
    }

    @Test
    void anUnknownUserCookieAlsoLeadsToThePicker() {
        HttpResponse<String> response = browser.get(authorizePath(APP1, CALLBACK, "snsapi_base", "s"), "mallory");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("请先选择一个沙箱微信用户");
    }

    @Test
    void usersPageListsUsersAndSelectingWithoutReturnComesBackToIt() {
        HttpResponse<String> page = browser.get(BASE + "/users", "alice");
        assertThat(page.body()).contains("当前用户：爱丽丝（alice）", "鲍勃");

        HttpResponse<String> selected = browser.get(BASE + "/users/select?user=bob", null);
        assertThat(location(selected)).isEqualTo(BASE + "/users");

        HttpResponse<String> offsite = browser.get(BASE + "/users/select?user=bob&return=%2F%2Fevil.example%2F", null);
        assertThat(location(offsite)).isEqualTo(BASE + "/users");

        HttpResponse<String> nonAscii = browser.get(BASE + "/users/select?user=bob&return=%2F%E6%94%AF%E4%BB%98%3Fa%3D1", null);
        assertThat(location(nonAscii)).isEqualTo("/%E6%94%AF%E4%BB%98?a=1");

        HttpResponse<String> headerSplitting = browser.get(BASE + "/users/select?user=bob&return=%2Fx%0D%0ASet-Cookie%3A+a%3Db", null);
        assertThat(location(headerSplitting)).isEqualTo(BASE + "/users");

        HttpResponse<String> unknown = browser.get(BASE + "/users/select?user=%3Cscript%3E", null);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("没有这个沙箱用户").doesNotContain("<script>");
    }

    private String page(String path) {
        HttpResponse<String> response = browser.get(path, "alice");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        return response.body();
    }
}
