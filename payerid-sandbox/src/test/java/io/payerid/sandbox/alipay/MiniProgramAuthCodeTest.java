package io.payerid.sandbox.alipay;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.alipay.api.AlipayApiException;
import com.alipay.api.AlipayClient;
import com.alipay.api.DefaultAlipayClient;
import com.alipay.api.request.AlipaySystemOauthTokenRequest;
import com.alipay.api.response.AlipaySystemOauthTokenResponse;
import io.payerid.sandbox.support.SandboxHttp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox's my.getAuthCode control: its codes are ordinary auth_codes of the mini-program's app, redeemed by
 * alipay-sdk-java's own client exactly like a web authorization's, single use and bound to the app.
 */
class MiniProgramAuthCodeTest extends AlipaySandboxTest {

    @Test
    void issueWhenRedeemedBySdkThenTheUsersIdsForThatAppOnce() throws AlipayApiException {
        TestAlipayApp app = TestAlipayApp.create().registerIn(apps, IdentityMode.BOTH, "group-mini");
        String code = (String) SandboxHttp.parseJson(issue("{\"appId\":\"%s\",\"user\":\"alice\"}".formatted(app.appId())).body())
                .get("authCode");

        AlipaySystemOauthTokenResponse token = client(app).execute(byCode(code));
        AlipaySystemOauthTokenResponse again = client(app).execute(byCode(code));

        assertThat(token.isSuccess()).as(token.getBody()).isTrue();
        assertThat(token.getUserId()).matches("2088\\d{12}");
        assertThat(token.getOpenId()).isNotBlank();
        assertThat(token.getUnionId()).isNotBlank();
        assertThat(again.getSubCode()).isEqualTo("isv.code-invalid");
    }

    @Test
    void issueWhenAnotherAppRedeemsOrTheCodeExpiredThenIsvCodeInvalid() throws AlipayApiException {
        TestAlipayApp app = TestAlipayApp.create().registerIn(apps, IdentityMode.OPEN_ID, null);
        TestAlipayApp other = TestAlipayApp.create().registerIn(apps, IdentityMode.OPEN_ID, null);
        String code = (String) SandboxHttp.parseJson(issue("{\"appId\":\"%s\",\"user\":\"bob\"}".formatted(app.appId())).body())
                .get("authCode");

        assertThat(client(other).execute(byCode(code)).getSubCode()).isEqualTo("isv.code-invalid");
        clock.advance(Duration.ofMinutes(3).plusSeconds(1));
        assertThat(client(app).execute(byCode(code)).getSubCode()).isEqualTo("isv.code-invalid");
    }

    @Test
    void issueWhenAppUserScopeOrBodyWrongThen400() {
        TestAlipayApp app = TestAlipayApp.create().registerIn(apps, IdentityMode.OPEN_ID, null);

        assertThat(issue("{\"appId\":\"2021999999999999\",\"user\":\"alice\"}").statusCode()).isEqualTo(400);
        assertThat(issue("{\"appId\":\"%s\",\"user\":\"nobody\"}".formatted(app.appId())).statusCode()).isEqualTo(400);
        assertThat(issue("{\"appId\":\"%s\",\"user\":\"alice\",\"scopes\":\"auth_everything\"}".formatted(app.appId()))
                .statusCode()).isEqualTo(400);
        assertThat(issue("[1,").statusCode()).isEqualTo(400);
        assertThat(issue("null").statusCode()).isEqualTo(400);
    }

    private HttpResponse<String> issue(String json) {
        return SandboxHttp.send(HttpRequest.newBuilder(URI.create(root() + BASE + "/miniprogram/auth-code"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), Duration.ofSeconds(10));
    }

    private AlipayClient client(TestAlipayApp app) {
        return new DefaultAlipayClient(gatewayUrl(), app.appId(), app.privateKey(), "json", "UTF-8",
                apps.alipayPublicKey(), "RSA2");
    }

    private static AlipaySystemOauthTokenRequest byCode(String code) {
        AlipaySystemOauthTokenRequest request = new AlipaySystemOauthTokenRequest();
        request.setGrantType("authorization_code");
        request.setCode(code);
        return request;
    }
}
