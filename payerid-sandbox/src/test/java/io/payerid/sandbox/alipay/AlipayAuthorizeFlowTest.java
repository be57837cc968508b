package io.payerid.sandbox.alipay;

import static io.payerid.sandbox.alipay.AlipayPhone.authorizePath;
import static io.payerid.sandbox.support.SandboxHttp.location;
import static io.payerid.sandbox.support.SandboxHttp.queryOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The browser side of the sandbox: publicAppAuthorize's checks, the user picker, consent and refusal. */
class AlipayAuthorizeFlowTest extends AlipaySandboxTest {

    private TestAlipayApp app() {
        return TestAlipayApp.create().registerIn(apps, IdentityMode.OPEN_ID, null);
    }

    @Test
    void authBaseRedirectsSilentlyWithAlipaysCallbackParameters() {
        TestAlipayApp app = app();
        HttpResponse<String> response = new AlipayPhone(root(), "alice")
                .get(authorizePath(app.appId(), "auth_base", CALLBACK + "?order=42", "abc123"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).startsWith(CALLBACK + "?order=42&app_id=" + app.appId() + "&source=alipay_wallet&scope=auth_base&auth_code=");
        Map<String, String> callback = queryOf(location(response));
        assertThat(callback.get("auth_code")).matches("[0-9A-Za-z]{32}");
        assertThat(callback).containsEntry("state", "abc123");
    }

    @Test
    void authUserAsksConsentAndARefusalComesBackWithoutAuthCode() {
        TestAlipayApp app = app();
        AlipayPhone phone = new AlipayPhone(root(), "bob");
        HttpResponse<String> consent = phone.get(authorizePath(app.appId(), "auth_user", CALLBACK, "s1"));
        assertThat(consent.statusCode()).isEqualTo(200);
        assertThat(consent.body()).contains("同意").contains("拒绝").contains("鲍勃");

        HttpResponse<String> denied = phone.decide(consent, "deny");

        assertThat(denied.statusCode()).isEqualTo(302);
        assertThat(queryOf(location(denied))).containsEntry("app_id", app.appId()).containsEntry("state", "s1")
                .containsEntry("scope", "auth_user").doesNotContainKey("auth_code");
        // The ticket was single-use.
        assertThat(phone.decide(consent, "allow").body()).contains("consent-expired");
    }

    @Test
    void withoutAChosenUserThePickerIsShownAndLeadsBack() {
        TestAlipayApp app = app();
        String authorize = authorizePath(app.appId(), "auth_base", CALLBACK, null);
        HttpResponse<String> picker = new AlipayPhone(root(), null).get(authorize);

        assertThat(picker.statusCode()).isEqualTo(200);
        assertThat(picker.body()).contains("选择沙箱支付宝用户").contains("爱丽丝").contains(BASE + "/users/select?user=alice&amp;return=");
        HttpResponse<String> selected = new AlipayPhone(root(), null).get(BASE + "/users/select?user=alice&return="
                + java.net.URLEncoder.encode(authorize, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(selected.statusCode()).isEqualTo(302);
        assertThat(selected.headers().firstValue("Set-Cookie")).hasValueSatisfying(
                cookie -> assertThat(cookie).startsWith("payerid_sandbox_alipay_user=alice"));
        assertThat(location(selected)).isEqualTo(authorize);
    }

    @Test
    void badRequestsGetAnErrorPageAndNoCallback() {
        TestAlipayApp app = app();
        Map<String, String> cases = Map.of(
                authorizePath(null, "auth_base", CALLBACK, null), "missing-app-id",
                authorizePath("2021999999999999", "auth_base", CALLBACK, null), "invalid-app-id",
                authorizePath(app.appId(), null, CALLBACK, null), "missing-scope",
                authorizePath(app.appId(), "auth_everything", CALLBACK, null), "invalid-scope",
                authorizePath(app.appId(), "auth_base", "https://evil.example/cb", null), "invalid-redirect-uri",
                authorizePath(app.appId(), "auth_base", "https://merchant.example@evil.example/cb", null), "invalid-redirect-uri",
                authorizePath(app.appId(), "auth_base", CALLBACK, "中文"), "invalid-state",
                authorizePath(app.appId(), "auth_base", CALLBACK, "a".repeat(101)), "invalid-state");
        cases.forEach((path, code) -> {
            HttpResponse<String> page = new AlipayPhone(root(), "alice").get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Location")).as(path).isEmpty();
            assertThat(page.body()).as(path).contains("错误码：" + code);
        });
        assertThat(new AlipayPhone(root(), "alice").get(authorizePath(app.appId(), "auth_base", CALLBACK, "a".repeat(100)))
                .statusCode()).isEqualTo(302);
    }

    @Test
    void callbackDomainsIgnorePortAndCase() {
        TestAlipayApp app = TestAlipayApp.create();
        apps.register(SandboxAlipayApp.of(app.appId(), app.publicKey(), List.of("Shop.Example:8443"), IdentityMode.OPEN_ID));

        HttpResponse<String> response = new AlipayPhone(root(), "alice")
                .get(authorizePath(app.appId(), "auth_base", "http://shop.example:9000/cb", null));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(queryOf(location(response))).containsKey("auth_code").doesNotContainKey("state");
    }
}
