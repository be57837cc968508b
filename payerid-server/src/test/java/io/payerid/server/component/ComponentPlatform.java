package io.payerid.server.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.WechatComponentAccount;
import io.payerid.server.support.Browser;
import io.payerid.server.support.Browser.Hop;
import io.payerid.server.support.TestMerchants;
import io.payerid.server.support.TestMerchants.TestMerchant;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * One test's own third-party platform: an institution with a WECHAT_COMPONENT channel, the same platform registered in
 * the WeChat sandbox (over its HTTP control) with that institution's push URL, and the calls a test makes on it.
 */
final class ComponentPlatform {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final SecureRandom RANDOM = new SecureRandom();

    final String base;
    final Institution institution;
    final String appId;
    final String secret;
    final String token;
    final String aesKey;

    private ComponentPlatform(String base, Institution institution, String appId, String secret, String token, String aesKey) {
        this.base = base;
        this.institution = institution;
        this.appId = appId;
        this.secret = secret;
        this.token = token;
        this.aesKey = aesKey;
    }

    /** A platform already configured and registered (the embedded demo's); its secrets are not needed by the calls. */
    static ComponentPlatform existing(String base, Institution institution, String appId) {
        return new ComponentPlatform(base, institution, appId, null, null, null);
    }

    static ComponentPlatform create(String base, TenantAdmin admin) {
        String suffix = TestMerchants.uniqueSuffix();
        Institution institution = admin.createInstitution("ISV_C" + suffix, "第三方平台测试机构", null);
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        ComponentPlatform platform = new ComponentPlatform(base, institution, "wxc" + suffix.toLowerCase(),
                "secret" + suffix, "token" + suffix, Base64.getEncoder().withoutPadding().encodeToString(key));
        admin.putChannel(OwnerType.INSTITUTION, institution.id(), ChannelKind.WECHAT_COMPONENT, ChannelMode.DIRECT,
                Map.of(WechatComponentAccount.APP_ID, platform.appId),
                Map.of(WechatComponentAccount.APP_SECRET, Secret.of(platform.secret),
                        WechatComponentAccount.TOKEN, Secret.of(platform.token),
                        WechatComponentAccount.ENCODING_AES_KEY, Secret.of(platform.aesKey)));
        HttpResponse<String> registered = post(base + "/sandbox/wechat/components", "application/json", JSON.writeValueAsString(
                Map.of("appid", platform.appId, "secret", platform.secret, "token", platform.token,
                        "encodingAesKey", platform.aesKey, "pushUrl", platform.pushUrl())));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        return platform;
    }

    String pushUrl() {
        return base + "/v1/wechat/component/" + institution.instNo() + "/events";
    }

    /** The sandbox issues a ticket and pushes it; what the gateway answered. */
    Map<String, Object> pushTicket() {
        return control("/ticket");
    }

    Map<String, Object> pushAuthorization(String infoType, String authorizerAppId) {
        return control("/push?info_type=" + infoType + "&authorizer_appid=" + authorizerAppId);
    }

    /** A ticket push exactly as WeChat would post it, not yet posted: {query, body}. */
    Map<String, String> preparedTicket() {
        @SuppressWarnings("unchecked")
        Map<String, String> prepared = JSON.readValue(post(base + "/sandbox/wechat/components/" + appId
                + "/prepared-ticket", "application/json", "").body(), Map.class);
        return prepared;
    }

    HttpResponse<String> postPush(String query, String body) {
        return post(pushUrl() + "?" + query, "text/xml", body);
    }

    /** An onboarding link from the admin API for one merchant and channel kind. */
    String onboardingLink(TestMerchant merchant, ChannelKind kind) {
        HttpResponse<String> answer = admin("POST", "/admin/v1/institutions/" + institution.instNo()
                + "/wechat-component/onboarding-links", JSON.writeValueAsString(Map.of("mchNo", merchant.merchant().mchNo(),
                "kind", kind.name())));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return (String) JSON.readValue(answer.body(), Map.class).get("url");
    }

    /** The merchant's admin opens the link, approves {@code authorizerAppId} on WeChat's page, lands on our result. */
    Hop onboard(TestMerchant merchant, ChannelKind kind, String authorizerAppId) {
        Browser admin = Browser.wechat();
        Hop page = admin.follow(onboardingLink(merchant, kind), location -> false);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/sandbox/wechat/mp/cgi-bin/componentloginpage");
        Hop approved = admin.submitForm(page, "approve", Map.of("authorizer_appid", authorizerAppId));
        assertThat(approved.status()).as(approved.body()).isEqualTo(302);
        return admin.follow(approved.uri().resolve(approved.location()).toString(), location -> false);
    }

    HttpResponse<String> admin(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer test-operator-token").header("Content-Type", "application/json");
        return send(json == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    private Map<String, Object> control(String path) {
        @SuppressWarnings("unchecked")
        Map<String, Object> delivery = JSON.readValue(post(base + "/sandbox/wechat/components/" + appId + path,
                "application/json", "").body(), Map.class);
        return delivery;
    }

    static HttpResponse<String> post(String url, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
