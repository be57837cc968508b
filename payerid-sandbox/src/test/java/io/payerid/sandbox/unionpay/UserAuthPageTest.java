package io.payerid.sandbox.unionpay;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static io.payerid.sandbox.support.SandboxHttp.location;
import static io.payerid.sandbox.support.SandboxHttp.queryOf;
import static org.assertj.core.api.Assertions.assertThat;

/** The browser step: {@code GET {qr}/qrcGtwWeb-web/api/userAuth} and the picker's decision. */
class UserAuthPageTest extends UnionPaySandboxHttpTest {

    @Test
    void aChosenPayerIsRedirectedSilentlyWithABase64CodeAndRespCode00() {
        HttpResponse<String> response = browse(userAuthPath("1.0.0", CALLBACK), CLOUD_PAY_UA, "alice");

        assertThat(response.statusCode()).isEqualTo(302);
        String location = location(response);
        assertThat(location).startsWith(CALLBACK + "&userAuthCode=").endsWith("&respCode=00");
        Map<String, String> callback = queryOf(location);
        assertThat(callback).containsOnlyKeys("state", "userAuthCode", "respCode").containsEntry("state", "abc123");
        assertThat(Base64.getDecoder().decode(callback.get("userAuthCode"))).hasSize(16);
        // The code is percent-encoded: a '+' in it never reaches the callback as a bare '+'.
        assertThat(location.substring(location.indexOf("userAuthCode="))).doesNotContain("+", "/").contains("%3D%3D");
    }

    @Test
    void eachAuthorizationIssuesAFreshCode() {
        assertThat(userAuthCode("alice")).isNotEqualTo(userAuthCode("alice"));
    }

    @Test
    void aPlainBrowserIsToldToUseTheUnionPayApp() {
        HttpResponse<String> response = browse(userAuthPath("1.0.0", CALLBACK), DESKTOP_UA, "alice");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.body()).contains("请使用云闪付APP扫码");
    }

    @Test
    void aBankAppWithTheUnionPayMarkerIsAccepted() {
        HttpResponse<String> response = browse(userAuthPath("1.0.2", CALLBACK),
                "Mozilla/5.0 (Linux; Android 12) Mobile Safari/537.36 UnionPay/1.0 ICBCeLife", "bob");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(queryOf(location(response))).containsEntry("respCode", "00");
    }

    @Test
    void unregisteredOrMalformedRedirectUrlsGetAnErrorPageAndNoRedirect() {
        for (String redirect : new String[] {"https://evil.example/cb", "https://merchant.example@evil.example/cb",
                "javascript:alert(1)", "/relative/cb"}) {
            HttpResponse<String> response = browse(userAuthPath("1.0.0", redirect), CLOUD_PAY_UA, "alice");
            assertThat(response.statusCode()).as(redirect).isEqualTo(200);
            assertThat(response.headers().firstValue("Location")).as(redirect).isEmpty();
            assertThat(response.body()).as(redirect).containsAnyOf("redirectUrl 域名未登记", "redirectUrl 参数为空");
        }
        assertThat(browse(userAuthPath("1.0.0", null), CLOUD_PAY_UA, "alice").body()).contains("redirectUrl 参数为空");
        assertThat(browse(userAuthPath(null, CALLBACK), CLOUD_PAY_UA, "alice").body()).contains("version 参数为空");
    }

    @Test
    void theRegisteredDomainMatchesWhateverThePortAndCase() {
        HttpResponse<String> response = browse(userAuthPath("1.0.0", "http://Merchant.Example:8080/cb"), CLOUD_PAY_UA, "alice");
        assertThat(location(response)).startsWith("http://Merchant.Example:8080/cb?userAuthCode=");
    }

    @Test
    void withoutAChosenPayerThePickerOffersEachPayerAndCancel() {
        HttpResponse<String> page = browse(userAuthPath("1.0.0", CALLBACK), CLOUD_PAY_UA, null);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("云闪付授权", "name=\"user\" value=\"alice\"", "name=\"user\" value=\"bob\"",
                "name=\"cancel\" value=\"1\"", "取消授权", "action=\"" + USER_AUTH + "/decision\"",
                "name=\"redirectUrl\" value=\"https://merchant.example/cb/k1.sealed?state=abc123\"");
    }

    @Test
    void choosingAPayerAuthorizesAndRemembersTheChoice() {
        HttpResponse<String> response = postForm(USER_AUTH + "/decision",
                Map.of("version", "1.0.0", "redirectUrl", CALLBACK, "user", "bob"), CLOUD_PAY_UA);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(queryOf(location(response))).containsEntry("respCode", "00").containsKey("userAuthCode");
        assertThat(response.headers().firstValue("Set-Cookie")).hasValueSatisfying(
                cookie -> assertThat(cookie).startsWith(UserAuthController.CARDHOLDER_COOKIE.name() + "=bob").contains("Path=/"));
    }

    @Test
    void cancellingReturnsRespCode01AndNoCode() {
        HttpResponse<String> response = postForm(USER_AUTH + "/decision",
                Map.of("version", "1.0.0", "redirectUrl", CALLBACK, "cancel", "1"), CLOUD_PAY_UA);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(location(response)).isEqualTo(CALLBACK + "&respCode=01");
    }

    @Test
    void theDecisionIsCheckedAgainLikeTheRequest() {
        HttpResponse<String> forged = postForm(USER_AUTH + "/decision",
                Map.of("version", "1.0.0", "redirectUrl", "https://evil.example/cb", "user", "bob"), CLOUD_PAY_UA);
        assertThat(forged.statusCode()).isEqualTo(200);
        assertThat(forged.headers().firstValue("Location")).isEmpty();

        HttpResponse<String> unknown = postForm(USER_AUTH + "/decision",
                Map.of("version", "1.0.0", "redirectUrl", CALLBACK, "user", "mallory"), CLOUD_PAY_UA);
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("没有这个沙箱用户");
    }

    @Test
    void anUnknownCookieIsTreatedAsNoChoice() {
        HttpResponse<String> page = browse(userAuthPath("1.0.0", CALLBACK), CLOUD_PAY_UA, "mallory");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"user\" value=\"alice\"");
    }
}
