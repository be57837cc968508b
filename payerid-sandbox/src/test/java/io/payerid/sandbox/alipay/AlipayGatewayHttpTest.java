package io.payerid.sandbox.alipay;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.sandbox.support.SandboxHttp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code gateway.do} at the HTTP level, with requests signed by hand (not by the SDK), so that the
 * sandbox's verification is checked against the documented rule rather than against one client.
 */
class AlipayGatewayHttpTest extends AlipaySandboxTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    private static Map<String, String> common(TestAlipayApp app, String method) {
        Map<String, String> params = new TreeMap<>();
        params.put("app_id", app.appId());
        params.put("method", method);
        params.put("format", "JSON");
        params.put("charset", "utf-8");
        params.put("sign_type", "RSA2");
        params.put("timestamp", "2025-01-01 08:00:00");
        params.put("version", "1.0");
        return params;
    }

    /** The documented rule: all but sign, sign_type kept, empty values dropped, sorted, k=v&… */
    private static Map<String, String> signed(Map<String, String> params, String privateKey) throws Exception {
        String content = new TreeMap<>(params).entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(RsaKeys.privateKey(privateKey));
        rsa.update(content.getBytes(StandardCharsets.UTF_8));
        params.put("sign", Base64.getEncoder().encodeToString(rsa.sign()));
        return params;
    }

    /** Protocol parameters in the query string, the rest in the form body, as the SDK sends them. */
    private HttpResponse<String> post(Map<String, String> query, Map<String, String> form) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl() + "?" + SandboxHttp.query(query)))
                .header("Content-Type", "application/x-www-form-urlencoded;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(SandboxHttp.query(form))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as("Alipay answers errors with HTTP 200 too").isEqualTo(200);
        return response;
    }

    private HttpResponse<String> oauthToken(Map<String, String> signedParams) throws Exception {
        Map<String, String> query = new TreeMap<>(signedParams);
        Map<String, String> form = new TreeMap<>();
        for (String name : new String[] {"grant_type", "code"}) {
            if (query.containsKey(name)) {
                form.put(name, query.remove(name));
            }
        }
        return post(query, form);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> node(HttpResponse<String> response, String node) {
        return (Map<String, Object>) JSON.readValue(response.body(), Map.class).get(node);
    }

    private boolean sandboxSigned(String body, String node) {
        return RsaKeys.verify(SignedNodeText.of(body, node), SignedNodeText.sign(body),
                RsaKeys.publicKey(apps.alipayPublicKey()), StandardCharsets.UTF_8);
    }

    @Test
    void aHandSignedRequestWithParametersSplitAcrossQueryAndFormSucceeds() throws Exception {
        TestAlipayApp app = TestAlipayApp.create().registerIn(apps, IdentityMode.BOTH, null);
        Map<String, String> params = common(app, "alipay.system.oauth.token");
        params.put("grant_type", "authorization_code");
        params.put("code", new AlipayPhone(root(), "bob").authCode(app.appId(), "auth_base"));

        HttpResponse<String> response = oauthToken(signed(params, app.privateKey()));

        assertThat(node(response, "alipay_system_oauth_token_response"))
                .containsKeys("access_token", "user_id", "open_id", "refresh_token", "auth_start")
                .doesNotContainKey("code");
        assertThat(response.body()).startsWith("{\"alipay_system_oauth_token_response\":{").contains("\"sign\":\"");
        assertThat(sandboxSigned(response.body(), "alipay_system_oauth_token_response")).isTrue();
    }

    @Test
    void aParameterChangedAfterSigningFailsVerification() throws Exception {
        TestAlipayApp app = TestAlipayApp.create().registerIn(apps, IdentityMode.OPEN_ID, null);
        Map<String, String> params = signed(common(app, "alipay.system.oauth.token"), app.privateKey());
        params.put("grant_type", "authorization_code");
        params.put("code", "added-after-signing");

        HttpResponse<String> response = oauthToken(params);

        assertThat(node(response, "error_response")).containsEntry("code", "40002")
                .containsEntry("sub_code", "isv.invalid-signature");
        assertThat(sandboxSigned(response.body(), "error_response")).isTrue();
    }

    @Test
    void droppingSignTypeFromTheSignedContentFailsVerification() throws Exception {
        TestAlipayApp app = TestAlipayApp.create().registerIn(apps, IdentityMode.OPEN_ID, null);
        Map<String, String> params = common(app, "alipay.system.oauth.token");
        params.remove("sign_type");
        params = signed(params, app.privateKey());
        params.put("sign_type", "RSA2");

        assertThat(node(oauthToken(params), "error_response")).containsEntry("sub_code", "isv.invalid-signature");
    }

    @Test
    void missingCommonParametersAre40001() throws Exception {
        TestAlipayApp app = TestAlipayApp.create().registerIn(apps, IdentityMode.OPEN_ID, null);
        Map<String, String> noMethod = common(app, "x");
        noMethod.remove("method");
        Map<String, String> noSign = common(app, "alipay.system.oauth.token");

        assertThat(node(oauthToken(noMethod), "error_response")).containsEntry("code", "40001")
                .containsEntry("sub_code", "isv.missing-method");
        assertThat(node(oauthToken(noSign), "error_response")).containsEntry("code", "40001")
                .containsEntry("sub_code", "isv.missing-signature");
    }

    @Test
    void missingGrantParametersAndUnknownMethodsAreRefused() throws Exception {
        TestAlipayApp app = TestAlipayApp.create().registerIn(apps, IdentityMode.OPEN_ID, null);
        Map<String, String> noCode = common(app, "alipay.system.oauth.token");
        noCode.put("grant_type", "authorization_code");
        Map<String, String> unknown = common(app, "alipay.trade.pay");

        assertThat(node(oauthToken(signed(noCode, app.privateKey())), "error_response"))
                .containsEntry("code", "40001").containsEntry("sub_code", "isv.missing-code");
        assertThat(node(oauthToken(signed(unknown, app.privateKey())), "error_response"))
                .containsEntry("code", "40002").containsEntry("sub_code", "isv.invalid-method");
    }

    @Test
    void garbageInputGetsAnErrorResponseNeverAServerError() throws Exception {
        HttpResponse<String> empty = post(Map.of(), Map.of());
        HttpResponse<String> badSign = post(Map.of("app_id", "x", "method", "m", "charset", "utf-8", "sign_type", "RSA2",
                "sign", "%%%not-base64", "timestamp", "now", "version", "1.0"), Map.of());

        assertThat(node(empty, "error_response")).containsEntry("code", "40001");
        assertThat(node(badSign, "error_response")).containsEntry("sub_code", "isv.invalid-app-id");
    }

    @Test
    void theTrickyProfileIsSignedOverItsExactText() throws Exception {
        TestAlipayApp app = TestAlipayApp.create().registerIn(apps, IdentityMode.OPEN_ID, null);
        Map<String, String> token = common(app, "alipay.system.oauth.token");
        token.put("grant_type", "authorization_code");
        token.put("code", new AlipayPhone(root(), "tricky").authCode(app.appId(), "auth_user"));
        String accessToken = (String) node(oauthToken(signed(token, app.privateKey())), "alipay_system_oauth_token_response")
                .get("access_token");
        Map<String, String> share = common(app, "alipay.user.info.share");
        share.put("auth_token", accessToken);

        HttpResponse<String> response = post(signed(share, app.privateKey()), Map.of());

        String nodeText = SignedNodeText.of(response.body(), "alipay_user_info_share_response");
        assertThat(nodeText).contains("\\\"引号\\\"{花括号}}\\\\反斜杠\\/斜杠").contains("https:\\/\\/example.com\\/a\\/{b}");
        assertThat(sandboxSigned(response.body(), "alipay_user_info_share_response")).isTrue();
    }
}
