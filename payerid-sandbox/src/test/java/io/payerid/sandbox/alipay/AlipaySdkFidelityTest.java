package io.payerid.sandbox.alipay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.alipay.api.AlipayApiException;
import com.alipay.api.AlipayClient;
import com.alipay.api.DefaultAlipayClient;
import com.alipay.api.request.AlipaySystemOauthTokenRequest;
import com.alipay.api.request.AlipayUserInfoShareRequest;
import com.alipay.api.response.AlipaySystemOauthTokenResponse;
import com.alipay.api.response.AlipayUserInfoShareResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sandbox driven by alipay-sdk-java's own {@link DefaultAlipayClient}, configured as the gateway
 * configures it — public-key mode, RSA2, the SDK verifying every answer's signature with the sandbox's
 * Alipay public key — only the gateway URL differs from production.
 */
class AlipaySdkFidelityTest extends AlipaySandboxTest {

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

    private String authCode(TestAlipayApp app, String user, String scope) {
        return new AlipayPhone(root(), user).authCode(app.appId(), scope);
    }

    @Test
    void openIdAppGetsAnOpenIdAndNoUserId() throws AlipayApiException {
        TestAlipayApp app = TestAlipayApp.create().registerIn(apps, IdentityMode.OPEN_ID, null);

        AlipaySystemOauthTokenResponse token = client(app).execute(byCode(authCode(app, "alice", "auth_base")));

        assertThat(token.isSuccess()).as(token.getBody()).isTrue();
        assertThat(token.getOpenId()).matches("0[0-9A-Za-z]{45}");
        assertThat(token.getUserId()).isNull();
        assertThat(token.getUnionId()).isNull();
        assertThat(token.getAccessToken()).isNotBlank();
        assertThat(token.getRefreshToken()).isNotBlank().isNotEqualTo(token.getAccessToken());
        assertThat(token.getExpiresIn()).isEqualTo("1296000");
        assertThat(token.getReExpiresIn()).isEqualTo("2592000");
        assertThat(token.getAuthStart()).isNotNull();
        // Stable per (app, user): the same payer again gets the same open_id.
        assertThat(client(app).execute(byCode(authCode(app, "alice", "auth_base"))).getOpenId()).isEqualTo(token.getOpenId());
    }

    @Test
    void userIdAppGetsThe2088UserIdAndNoOpenId() throws AlipayApiException {
        TestAlipayApp app = TestAlipayApp.create().registerIn(apps, IdentityMode.USER_ID, null);

        AlipaySystemOauthTokenResponse token = client(app).execute(byCode(authCode(app, "bob", "auth_base")));

        assertThat(token.isSuccess()).as(token.getBody()).isTrue();
        assertThat(token.getUserId()).matches("2088\\d{12}");
        assertThat(token.getOpenId()).isNull();
    }

    @Test
    void groupedAppsInBothModeShareUserIdAndUnionIdButNotOpenId() throws AlipayApiException {
        TestAlipayApp first = TestAlipayApp.create().registerIn(apps, IdentityMode.BOTH, "group-1");
        TestAlipayApp second = TestAlipayApp.create().registerIn(apps, IdentityMode.BOTH, "group-1");

        AlipaySystemOauthTokenResponse one = client(first).execute(byCode(authCode(first, "alice", "auth_base")));
        AlipaySystemOauthTokenResponse two = client(second).execute(byCode(authCode(second, "alice", "auth_base")));

        assertThat(one.getUserId()).matches("2088\\d{12}").isEqualTo(two.getUserId());
        assertThat(one.getUnionId()).isNotBlank().isEqualTo(two.getUnionId());
        assertThat(one.getOpenId()).isNotBlank().isNotEqualTo(two.getOpenId());
    }

    @Test
    void aReusedCodeIsReportedAsIsvCodeInvalid() throws AlipayApiException {
        TestAlipayApp app = TestAlipayApp.create().registerIn(apps, IdentityMode.OPEN_ID, null);
        String code = authCode(app, "alice", "auth_base");
        assertThat(client(app).execute(byCode(code)).isSuccess()).isTrue();

        AlipaySystemOauthTokenResponse reused = client(app).execute(byCode(code));

        assertThat(reused.isSuccess()).isFalse();
        assertThat(reused.getCode()).isEqualTo("40002");
        assertThat(reused.getSubCode()).isEqualTo("isv.code-invalid");
    }

    @Test
    void anExpiredCodeOrAnotherAppsCodeIsIsvCodeInvalid() throws AlipayApiException {
        TestAlipayApp app = TestAlipayApp.create().registerIn(apps, IdentityMode.OPEN_ID, null);
        TestAlipayApp other = TestAlipayApp.create().registerIn(apps, IdentityMode.OPEN_ID, null);
        String code = authCode(app, "alice", "auth_base");

        assertThat(client(other).execute(byCode(code)).getSubCode()).isEqualTo("isv.code-invalid");
        clock.advance(Duration.ofMinutes(3).plusSeconds(1));
        assertThat(client(app).execute(byCode(code)).getSubCode()).isEqualTo("isv.code-invalid");
    }

    @Test
    void userInfoShareReturnsTheProfileForAnAuthUserGrant() throws AlipayApiException {
        TestAlipayApp app = TestAlipayApp.create().registerIn(apps, IdentityMode.OPEN_ID, null);
        AlipaySystemOauthTokenResponse token = client(app).execute(byCode(authCode(app, "alice", "auth_user")));

        AlipayUserInfoShareResponse info = client(app).execute(new AlipayUserInfoShareRequest(), token.getAccessToken());

        assertThat(info.isSuccess()).as(info.getBody()).isTrue();
        assertThat(info.getCode()).isEqualTo("10000");
        assertThat(info.getNickName()).isEqualTo("爱丽丝");
        assertThat(info.getGender()).isEqualTo("F");
        assertThat(info.getProvince()).isEqualTo("上海");
        assertThat(info.getCity()).isEqualTo("上海市");
        assertThat(info.getAvatar()).isEqualTo("https://tfs.alipayobjects.com/images/partner/alice.png");
        assertThat(info.getOpenId()).isEqualTo(token.getOpenId());
        // Alipay escapes '/' and the signature covers the escaped text: the SDK verified it as sent.
        assertThat(info.getBody()).contains("https:\\/\\/tfs.alipayobjects.com");
    }

    @Test
    void jsonMetacharactersInTheProfileStillVerify() throws AlipayApiException {
        TestAlipayApp app = TestAlipayApp.create().registerIn(apps, IdentityMode.USER_ID, null);
        AlipaySystemOauthTokenResponse token = client(app).execute(byCode(authCode(app, "tricky", "auth_user")));

        AlipayUserInfoShareResponse info = client(app).execute(new AlipayUserInfoShareRequest(), token.getAccessToken());

        assertThat(info.isSuccess()).as(info.getBody()).isTrue();
        assertThat(info.getNickName()).isEqualTo("\"引号\"{花括号}}\\反斜杠/斜杠");
        assertThat(info.getAvatar()).isEqualTo("https://example.com/a/{b}/\"c\".png");
        assertThat(info.getUserId()).isEqualTo(token.getUserId());
    }

    @Test
    void userInfoShareRefusesBaseGrantsAndUnknownTokens() throws AlipayApiException {
        TestAlipayApp app = TestAlipayApp.create().registerIn(apps, IdentityMode.OPEN_ID, null);
        AlipaySystemOauthTokenResponse base = client(app).execute(byCode(authCode(app, "bob", "auth_base")));

        AlipayUserInfoShareResponse notConsented = client(app).execute(new AlipayUserInfoShareRequest(), base.getAccessToken());
        AlipayUserInfoShareResponse unknown = client(app).execute(new AlipayUserInfoShareRequest(), "authusrBnot-a-token");

        assertThat(notConsented.getCode()).isEqualTo("40006");
        assertThat(unknown.getCode()).isEqualTo("20001");
        assertThat(unknown.getSubCode()).isEqualTo("aop.invalid-auth-token");
    }

    @Test
    void refreshTokenGrantIssuesNewTokensForTheSameUser() throws AlipayApiException {
        TestAlipayApp app = TestAlipayApp.create().registerIn(apps, IdentityMode.OPEN_ID, null);
        AlipaySystemOauthTokenResponse token = client(app).execute(byCode(authCode(app, "alice", "auth_base")));
        AlipaySystemOauthTokenRequest refresh = new AlipaySystemOauthTokenRequest();
        refresh.setGrantType("refresh_token");
        refresh.setRefreshToken(token.getRefreshToken());

        AlipaySystemOauthTokenResponse refreshed = client(app).execute(refresh);

        assertThat(refreshed.isSuccess()).as(refreshed.getBody()).isTrue();
        assertThat(refreshed.getOpenId()).isEqualTo(token.getOpenId());
        assertThat(refreshed.getAccessToken()).isNotEqualTo(token.getAccessToken());
    }

    @Test
    void credentialsAlipayDoesNotKnowAreRefused() throws AlipayApiException {
        TestAlipayApp registered = TestAlipayApp.create().registerIn(apps, IdentityMode.OPEN_ID, null);
        TestAlipayApp wrongKey = new TestAlipayApp(registered.appId(), TestAlipayApp.create().privateKey(), null);
        TestAlipayApp unknownApp = TestAlipayApp.create();

        AlipaySystemOauthTokenResponse badSignature = client(wrongKey).execute(byCode("whatever"));
        AlipaySystemOauthTokenResponse badApp = client(unknownApp).execute(byCode("whatever"));

        assertThat(badSignature.getSubCode()).isEqualTo("isv.invalid-signature");
        assertThat(badApp.getSubCode()).isEqualTo("isv.invalid-app-id");
    }

    @Test
    void theSdkRejectsAnswersWhenConfiguredWithAnotherAlipayPublicKey() {
        TestAlipayApp app = TestAlipayApp.create().registerIn(apps, IdentityMode.OPEN_ID, null);
        String code = authCode(app, "alice", "auth_base");
        String notTheSandboxKey = Base64.getEncoder().encodeToString(TestAlipayApp.keyPair().getPublic().getEncoded());
        AlipayClient misconfigured = new DefaultAlipayClient(gatewayUrl(), app.appId(), app.privateKey(), "json", "UTF-8",
                notTheSandboxKey, "RSA2");

        AlipayApiException refused = catchThrowableOfType(AlipayApiException.class, () -> misconfigured.execute(byCode(code)));

        assertThat(refused).isNotNull();
        assertThat(refused.getMessage()).contains("sign check fail");
    }

    @Test
    void aServiceProviderRedeemsTheMerchantAppsCodeWithItsAppAuthToken() throws AlipayApiException {
        TestAlipayApp isv = TestAlipayApp.create().registerIn(apps, IdentityMode.OPEN_ID, null);
        TestAlipayApp merchant = TestAlipayApp.create();
        apps.register(new SandboxAlipayApp(merchant.appId(), merchant.publicKey(), List.of("merchant.example"),
                IdentityMode.OPEN_ID, null, null, isv.appId(), "202501BBmerchantToken"));
        String code = authCode(merchant, "alice", "auth_base");

        AlipaySystemOauthTokenResponse wrongToken = client(isv).execute(byCode(code), null, "202501BBsomeoneElse");
        AlipaySystemOauthTokenResponse token = client(isv).execute(byCode(code), null, "202501BBmerchantToken");

        assertThat(wrongToken.getSubCode()).isEqualTo("aop.invalid-app-auth-token");
        assertThat(token.isSuccess()).as(token.getBody()).isTrue();
        assertThat(token.getOpenId()).isEqualTo(new AlipayIds(SandboxAlipayProperties.DEV_SECRET)
                .openId(apps.find(merchant.appId()).orElseThrow(), new SandboxAlipayUser("alice", null, null, null, null, null)));
    }
}
