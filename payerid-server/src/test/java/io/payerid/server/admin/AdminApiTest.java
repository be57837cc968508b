package io.payerid.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.TenantDirectory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "payerid.data-dir=${java.io.tmpdir}/payerid-test-${random.uuid}",
        "payerid.operator-token=test-operator-token",
        "payerid.embedded.demo=false",
        "payerid.sandbox.enabled=false",
        "payerid.development.allow-private-targets=true",
        "spring.datasource.url=jdbc:h2:mem:admin;DB_CLOSE_DELAY=-1"})
class AdminApiTest {

    private static final String TOKEN = "test-operator-token";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    @Autowired
    TenantDirectory directory;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    record Reply(int status, String body, HttpResponse<String> raw) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        String code() {
            return json().path("code").asString();
        }

        String message() {
            return json().path("message").asString();
        }
    }

    // ------------------------------------------------------------------ authentication

    @Test
    void rejectsMissingOrWrongToken() throws Exception {
        Reply none = send("GET", "/admin/v1/institutions", null, null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.code()).isEqualTo("UNAUTHORIZED");
        assertThat(none.message()).isNotBlank();
        assertThat(none.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).startsWith("application/json"));
        assertThat(none.raw().headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                v -> assertThat(v).startsWith("Bearer"));

        assertThat(send("GET", "/admin/v1/institutions", null, "Bearer wrong-token").status()).isEqualTo(401);
        assertThat(send("GET", "/admin/v1/institutions", null, "Bearer " + TOKEN + "x").status()).isEqualTo(401);
        assertThat(send("GET", "/admin/v1/institutions", null, "Basic " + TOKEN).status()).isEqualTo(401);
        assertThat(send("GET", "/admin/v1/institutions", null, TOKEN).status()).isEqualTo(401);
        assertThat(send("POST", "/admin/v1/institutions", "{\"instNo\":\"X1\",\"name\":\"x\"}", null).status())
                .isEqualTo(401);
        Reply unknownPath = send("GET", "/admin/v1/secret-things", null, null);
        assertThat(unknownPath.status()).isEqualTo(401);

        assertThat(admin("GET", "/admin/v1/institutions", null).status()).isEqualTo(200);
        assertThat(send("GET", "/admin/v1/institutions", null, "bearer " + TOKEN).status()).isEqualTo(200);
    }

    @Test
    void operatorTokenIsMaskedInToString(@Autowired OperatorToken token) {
        assertThat(token.matches(TOKEN)).isTrue();
        assertThat(token.matches("nope")).isFalse();
        assertThat(token.matches(null)).isFalse();
        assertThat(token.toString()).doesNotContain(TOKEN);
    }

    // ------------------------------------------------------------------ onboarding

    @Test
    void onboardsAnInstitutionMerchantAppChannelAndWhitelist() throws Exception {
        String s = suffix();
        String instNo = "INST" + s;
        String mchNo = "MCH" + s;

        Reply inst = admin("POST", "/admin/v1/institutions",
                "{\"instNo\":\"" + instNo + "\",\"name\":\"Acme Pay 机构\",\"signKey\":\"inst-secret-key-123\"}");
        assertThat(inst.status()).isEqualTo(201);
        assertThat(inst.json().path("instNo").asString()).isEqualTo(instNo);
        assertThat(inst.json().path("name").asString()).isEqualTo("Acme Pay 机构");
        assertThat(inst.json().path("hasSignKey").asBoolean()).isTrue();
        assertThat(inst.body()).doesNotContain("inst-secret-key-123");

        Reply got = admin("GET", "/admin/v1/institutions/" + instNo, null);
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.body()).doesNotContain("inst-secret-key-123");
        assertThat(got.json().path("createdAt").asString()).isNotBlank();
        assertThat(admin("GET", "/admin/v1/institutions", null).body()).contains(instNo);

        Reply merchant = admin("POST", "/admin/v1/institutions/" + instNo + "/merchants",
                "{\"mchNo\":\"" + mchNo + "\",\"name\":\"Corner Shop\"}");
        assertThat(merchant.status()).isEqualTo(201);
        assertThat(merchant.json().path("enabled").asBoolean()).isTrue();
        assertThat(merchant.json().path("instNo").asString()).isEqualTo(instNo);

        Reply patched = admin("PATCH", "/admin/v1/merchants/" + mchNo, "{\"enabled\":false,\"name\":\"Corner Shop 2\"}");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().path("enabled").asBoolean()).isFalse();
        Reply merchantRead = admin("GET", "/admin/v1/merchants/" + mchNo, null);
        assertThat(merchantRead.json().path("name").asString()).isEqualTo("Corner Shop 2");
        assertThat(merchantRead.json().path("enabled").asBoolean()).isFalse();
        assertThat(admin("PATCH", "/admin/v1/merchants/" + mchNo, "{\"enabled\":true}").json().path("enabled")
                .asBoolean()).isTrue();
        assertThat(admin("GET", "/admin/v1/institutions/" + instNo + "/merchants", null).body()).contains(mchNo);

        // app with generated appId and key: the key is shown once
        Reply app = admin("POST", "/admin/v1/merchants/" + mchNo + "/apps", "{}");
        assertThat(app.status()).isEqualTo(201);
        String appId = app.json().path("appId").asString();
        String signKey = app.json().path("signKey").asString();
        assertThat(appId).startsWith("app_");
        assertThat(signKey).hasSize(32).matches("[A-Za-z0-9]{32}");
        assertThat(app.json().path("signTypes").toString()).isEqualTo("[\"MD5\",\"HMAC-SHA256\"]");
        assertThat(app.json().path("mchNo").asString()).isEqualTo(mchNo);
        Reply appRead = admin("GET", "/admin/v1/apps/" + appId, null);
        assertThat(appRead.status()).isEqualTo(200);
        assertThat(appRead.json().path("hasSignKey").asBoolean()).isTrue();
        assertThat(appRead.json().has("signKey")).isFalse();
        assertThat(appRead.body()).doesNotContain(signKey);
        assertThat(admin("GET", "/admin/v1/merchants/" + mchNo + "/apps", null).body())
                .contains(appId).doesNotContain(signKey);
        assertThat(directory.appByAppId(appId).orElseThrow().signKey().reveal()).isEqualTo(signKey);

        // app with own appId, own key and an RSA key (PEM armour accepted)
        String pem = "-----BEGIN PUBLIC KEY-----\n" + rsaPublicKey() + "\n-----END PUBLIC KEY-----\n";
        Reply rsaApp = admin("POST", "/admin/v1/merchants/" + mchNo + "/apps", JSON.writeValueAsString(Map.of(
                "appId", "rsa_" + s, "signKey", "my-own-key-0001", "rsaPublicKey", pem)));
        assertThat(rsaApp.status()).isEqualTo(201);
        assertThat(rsaApp.json().has("signKey")).isFalse();
        assertThat(rsaApp.json().path("signTypes").toString()).isEqualTo("[\"MD5\",\"HMAC-SHA256\",\"RSA2\"]");
        assertThat(rsaApp.json().path("rsaPublicKey").asString()).doesNotContain("BEGIN");

        Reply badRsa = admin("POST", "/admin/v1/merchants/" + mchNo + "/apps", "{\"rsaPublicKey\":\"bm90IGEga2V5\"}");
        assertThat(badRsa.status()).isEqualTo(400);
        assertThat(badRsa.message()).contains("rsaPublicKey");
        Reply rsaWithoutKey = admin("POST", "/admin/v1/merchants/" + mchNo + "/apps", "{\"signTypes\":[\"RSA2\"]}");
        assertThat(rsaWithoutKey.status()).isEqualTo(400);
        assertThat(admin("POST", "/admin/v1/merchants/" + mchNo + "/apps", "{\"signTypes\":[\"SHA1\"]}").status())
                .isEqualTo(400);
        Reply hmacOnly = admin("POST", "/admin/v1/merchants/" + mchNo + "/apps", "{\"signTypes\":[\"HMAC-SHA256\"]}");
        assertThat(hmacOnly.json().path("signTypes").toString()).isEqualTo("[\"HMAC-SHA256\"]");

        // WeChat official account: institution-level service-provider account, merchant's own account
        Reply oaMissingSecret = admin("PUT", "/admin/v1/merchants/" + mchNo + "/channels/WECHAT_OA",
                "{\"mode\":\"DIRECT\",\"settings\":{\"appId\":\"wx1234567890abcdef\"},\"secrets\":{}}");
        assertThat(oaMissingSecret.status()).isEqualTo(400);
        assertThat(oaMissingSecret.message()).contains("appSecret");
        Reply oaMissingAppId = admin("PUT", "/admin/v1/merchants/" + mchNo + "/channels/WECHAT_OA",
                "{\"mode\":\"DIRECT\",\"secrets\":{\"appSecret\":\"x\"}}");
        assertThat(oaMissingAppId.status()).isEqualTo(400);
        assertThat(oaMissingAppId.message()).contains("appId");

        // The README's placeholders are refused, not stored: "wx…" is no appId, "…" no AppSecret
        Reply placeholderAppId = admin("PUT", "/admin/v1/institutions/" + instNo + "/channels/WECHAT_OA",
                "{\"mode\":\"SERVICE_PROVIDER\",\"settings\":{\"appId\":\"wx…\"},\"secrets\":{\"appSecret\":\"…\"}}");
        assertThat(placeholderAppId.status()).isEqualTo(400);
        assertThat(placeholderAppId.message()).contains("settings.appId");
        Reply placeholderSecret = admin("PUT", "/admin/v1/merchants/" + mchNo + "/channels/WECHAT_MINIAPP",
                "{\"mode\":\"DIRECT\",\"settings\":{\"appId\":\"wx1234567890abcdef\"},\"secrets\":{\"appSecret\":\"…\"}}");
        assertThat(placeholderSecret.status()).isEqualTo(400);
        assertThat(placeholderSecret.message()).contains("secrets.appSecret").doesNotContain("…");

        Reply instOa = admin("PUT", "/admin/v1/institutions/" + instNo + "/channels/WECHAT_OA",
                "{\"mode\":\"SERVICE_PROVIDER\",\"settings\":{\"appId\":\"wxsp00000000000001\"},"
                        + "\"secrets\":{\"appSecret\":\"sp-app-secret-value\"}}");
        assertThat(instOa.status()).isEqualTo(200);
        Merchant m = directory.merchantByMchNo(mchNo).orElseThrow();
        assertThat(directory.effectiveChannel(m, ChannelKind.WECHAT_OA).orElseThrow().ownerType())
                .isEqualTo(OwnerType.INSTITUTION);

        Reply oa = admin("PUT", "/admin/v1/merchants/" + mchNo + "/channels/WECHAT_OA",
                "{\"mode\":\"DIRECT\",\"settings\":{\"appId\":\"wx1234567890abcdef\",\"subAppId\":\"\"},"
                        + "\"secrets\":{\"appSecret\":\"oa-app-secret-value\"}}");
        assertThat(oa.status()).isEqualTo(200);
        assertThat(oa.body()).doesNotContain("oa-app-secret-value");
        assertThat(oa.json().path("secretNames").toString()).isEqualTo("[\"appSecret\"]");
        Reply oaRead = admin("GET", "/admin/v1/merchants/" + mchNo + "/channels/WECHAT_OA", null);
        assertThat(oaRead.status()).isEqualTo(200);
        assertThat(oaRead.json().path("mode").asString()).isEqualTo("DIRECT");
        assertThat(oaRead.json().path("kind").asString()).isEqualTo("WECHAT_OA");
        assertThat(oaRead.json().path("settings").path("appId").asString()).isEqualTo("wx1234567890abcdef");
        assertThat(oaRead.json().path("secretNames").toString()).isEqualTo("[\"appSecret\"]");
        assertThat(oaRead.body()).doesNotContain("oa-app-secret-value");
        Reply instOaRead = admin("GET", "/admin/v1/institutions/" + instNo + "/channels/WECHAT_OA", null);
        assertThat(instOaRead.body()).contains("wxsp").doesNotContain("sp-app-secret-value");
        assertThat(directory.effectiveChannel(m, ChannelKind.WECHAT_OA).orElseThrow()
                .secret("appSecret").orElseThrow().reveal()).isEqualTo("oa-app-secret-value");
        assertThat(jdbc.sql("SELECT secrets_enc FROM channel_config").query(String.class).list())
                .noneMatch(v -> v.contains("app-secret-value"));
        assertThat(admin("GET", "/admin/v1/merchants/" + mchNo + "/channels/ALIPAY", null).status()).isEqualTo(404);

        // whitelist
        Reply entry = admin("POST", "/admin/v1/merchants/" + mchNo + "/whitelist",
                "{\"url\":\"https://Shop.Example.com/pay/\"}");
        assertThat(entry.status()).isEqualTo(201);
        assertThat(entry.json().path("url").asString()).isEqualTo("https://shop.example.com/pay/");
        assertThat(entry.json().path("host").asString()).isEqualTo("shop.example.com");
        assertThat(entry.json().path("pathPrefix").asString()).isEqualTo("/pay/");
        String entryId = entry.json().path("id").asString();
        Reply second = admin("POST", "/admin/v1/merchants/" + mchNo + "/whitelist",
                "{\"url\":\"http://localhost:3000\",\"wholeOrigin\":true}");
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().path("wholeOrigin").asBoolean()).isTrue();
        assertThat(entry.json().path("wholeOrigin").asBoolean()).isFalse();
        assertThat(second.json().path("port").asInt()).isEqualTo(3000);
        Reply duplicate = admin("POST", "/admin/v1/merchants/" + mchNo + "/whitelist",
                "{\"url\":\"https://shop.example.com:443/pay/\"}");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("CONFLICT");

        Reply list = admin("GET", "/admin/v1/merchants/" + mchNo + "/whitelist", null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().size()).isEqualTo(2);
        assertThat(directory.whitelist(m.id())).extracting(e -> e.display())
                .containsExactlyInAnyOrder("https://shop.example.com/pay/", "http://localhost:3000");

        assertThat(admin("DELETE", "/admin/v1/merchants/" + mchNo + "/whitelist/" + entryId, null).status())
                .isEqualTo(204);
        assertThat(admin("DELETE", "/admin/v1/merchants/" + mchNo + "/whitelist/" + entryId, null).status())
                .isEqualTo(404);
        assertThat(admin("GET", "/admin/v1/merchants/" + mchNo + "/whitelist", null).json().size()).isEqualTo(1);
    }

    @Test
    void rejectsUnsafeWhitelistUrls() throws Exception {
        String mchNo = merchant();
        for (String url : List.of("javascript:alert(1)", "//evil.com", "https://user@good.com", "ftp://x",
                "https://*.good.com/", "https://good.com/pay?x=1", "https://good.com/#x", "https://good.com/../x")) {
            Reply reply = admin("POST", "/admin/v1/merchants/" + mchNo + "/whitelist",
                    JSON.writeValueAsString(Map.of("url", url)));
            assertThat(reply.status()).as(url).isEqualTo(400);
            assertThat(reply.code()).as(url).isEqualTo("INVALID_REQUEST");
            assertThat(reply.message()).as(url).contains("url");
        }
        Reply missing = admin("POST", "/admin/v1/merchants/" + mchNo + "/whitelist", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.message()).contains("url");
        assertThat(admin("GET", "/admin/v1/merchants/" + mchNo + "/whitelist", null).json().size()).isZero();
    }

    // ------------------------------------------------------------------ errors

    @Test
    void badJsonIsInvalidRequest() throws Exception {
        Reply broken = admin("POST", "/admin/v1/institutions", "{\"instNo\": \"X\", ");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.code()).isEqualTo("INVALID_REQUEST");
        assertThat(broken.body()).doesNotContain("Exception").doesNotContain("at io.");

        Reply notJson = admin("POST", "/admin/v1/institutions", "instNo=X");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.code()).isEqualTo("INVALID_REQUEST");

        Reply empty = admin("POST", "/admin/v1/institutions", "");
        assertThat(empty.status()).isEqualTo(400);

        Reply wrongType = admin("PATCH", "/admin/v1/merchants/" + merchant(), "{\"enabled\":\"maybe\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.message()).contains("enabled");

        Reply badMode = admin("PUT", "/admin/v1/merchants/" + merchant() + "/channels/ALIPAY", "{\"mode\":\"SIDEWAYS\"}");
        assertThat(badMode.status()).isEqualTo(400);
        assertThat(badMode.message()).contains("mode").contains("DIRECT");
    }

    @Test
    void validationFailuresNameTheField() throws Exception {
        Reply blankName = admin("POST", "/admin/v1/institutions", "{\"instNo\":\"OK" + suffix() + "\",\"name\":\" \"}");
        assertThat(blankName.status()).isEqualTo(400);
        assertThat(blankName.code()).isEqualTo("INVALID_REQUEST");
        assertThat(blankName.message()).contains("name");

        Reply badInstNo = admin("POST", "/admin/v1/institutions", "{\"instNo\":\"no spaces/slashes\",\"name\":\"x\"}");
        assertThat(badInstNo.status()).isEqualTo(400);
        assertThat(badInstNo.message()).contains("instNo");

        Reply shortKey = admin("POST", "/admin/v1/institutions",
                "{\"instNo\":\"K" + suffix() + "\",\"name\":\"x\",\"signKey\":\"short\"}");
        assertThat(shortKey.status()).isEqualTo(400);
        assertThat(shortKey.message()).contains("signKey");

        Reply badKind = admin("GET", "/admin/v1/merchants/" + merchant() + "/channels/PAYPAL", null);
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.message()).contains("kind").contains("WECHAT_OA");

        Reply badSecretName = admin("PUT", "/admin/v1/merchants/" + merchant() + "/channels/ALIPAY",
                "{\"mode\":\"DIRECT\",\"secrets\":{\"bad name\":\"x\"}}");
        assertThat(badSecretName.status()).isEqualTo(400);
        assertThat(badSecretName.message()).contains("secrets");
    }

    @Test
    void duplicateIsConflict() throws Exception {
        String instNo = "DUP" + suffix();
        String body = "{\"instNo\":\"" + instNo + "\",\"name\":\"first\"}";
        assertThat(admin("POST", "/admin/v1/institutions", body).status()).isEqualTo(201);
        Reply again = admin("POST", "/admin/v1/institutions", body);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("CONFLICT");
        assertThat(again.message()).contains(instNo);

        String mchNo = "DM" + suffix();
        String merchantBody = "{\"mchNo\":\"" + mchNo + "\",\"name\":\"m\"}";
        assertThat(admin("POST", "/admin/v1/institutions/" + instNo + "/merchants", merchantBody).status()).isEqualTo(201);
        assertThat(admin("POST", "/admin/v1/institutions/" + instNo + "/merchants", merchantBody).code())
                .isEqualTo("CONFLICT");
        String appBody = "{\"appId\":\"dupapp_" + suffix() + "\"}";
        assertThat(admin("POST", "/admin/v1/merchants/" + mchNo + "/apps", appBody).status()).isEqualTo(201);
        assertThat(admin("POST", "/admin/v1/merchants/" + mchNo + "/apps", appBody).status()).isEqualTo(409);
    }

    @Test
    void unknownResourcesAreNotFound() throws Exception {
        Reply merchant = admin("GET", "/admin/v1/merchants/NOPE" + suffix(), null);
        assertThat(merchant.status()).isEqualTo(404);
        assertThat(merchant.code()).isEqualTo("NOT_FOUND");
        assertThat(merchant.message()).contains("merchant");

        assertThat(admin("PATCH", "/admin/v1/merchants/NOPE", "{\"enabled\":false}").status()).isEqualTo(404);
        assertThat(admin("POST", "/admin/v1/merchants/NOPE/apps", "{}").status()).isEqualTo(404);
        assertThat(admin("POST", "/admin/v1/merchants/NOPE/whitelist", "{\"url\":\"https://a.com\"}").status())
                .isEqualTo(404);
        assertThat(admin("GET", "/admin/v1/institutions/NOPE", null).status()).isEqualTo(404);
        assertThat(admin("POST", "/admin/v1/institutions/NOPE/merchants", "{\"mchNo\":\"A1\",\"name\":\"a\"}").status())
                .isEqualTo(404);
        assertThat(admin("GET", "/admin/v1/apps/NOPE", null).status()).isEqualTo(404);

        Reply noRoute = admin("GET", "/admin/v1/no-such-thing", null);
        assertThat(noRoute.status()).isEqualTo(404);
        assertThat(noRoute.code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void wrongMethodIsMethodNotAllowed() throws Exception {
        Reply reply = admin("DELETE", "/admin/v1/institutions", null);
        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.code()).isEqualTo("METHOD_NOT_ALLOWED");
    }

    @Test
    void unusableChannelConfigurationsAreRefusedWhenSavedNotWhenAPayerNeedsThem() throws Exception {
        String mchNo = merchant();
        String base = "/admin/v1/merchants/" + mchNo + "/channels/";
        Reply unionPay = admin("PUT", base + "UNIONPAY", "{\"mode\":\"DIRECT\",\"settings\":{\"mchId\":\"105\"}}");
        assertThat(unionPay.status()).isEqualTo(400);
        assertThat(unionPay.json().path("code").asString()).isEqualTo("INVALID_REQUEST");
        assertThat(unionPay.json().path("message").asString()).contains("UNIONPAY").contains("key");
        assertThat(admin("PUT", base + "UNIONPAY",
                "{\"mode\":\"DIRECT\",\"settings\":{\"mchId\":\"105\"},\"secrets\":{\"key\":\"k\"}}").status()).isEqualTo(200);

        Reply miniApp = admin("PUT", base + "WECHAT_MINIAPP", "{\"mode\":\"DIRECT\",\"settings\":{\"appId\":\"wxmini\"}}");
        assertThat(miniApp.status()).isEqualTo(400);
        assertThat(miniApp.json().path("message").asString()).contains("WECHAT_MINIAPP");
        Reply pay = admin("PUT", base + "WECHAT_PAY", "{\"mode\":\"DIRECT\",\"settings\":{\"appId\":\"wx1\"},\"secrets\":{\"apiKey\":\"k\"}}");
        assertThat(pay.status()).isEqualTo(400);
        assertThat(pay.json().path("message").asString()).contains("WECHAT_PAY");
    }

    @Test
    void openApiDocumentsTheAdminApi() throws Exception {
        assertThat(send("GET", "/v3/api-docs", null, null).status()).isEqualTo(401);
        Reply docs = admin("GET", "/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().path("paths");
        assertThat(paths.has("/admin/v1/institutions")).isTrue();
        assertThat(paths.has("/admin/v1/merchants/{mchNo}/apps")).isTrue();
        assertThat(paths.has("/admin/v1/merchants/{mchNo}/channels/{kind}")).isTrue();
        assertThat(paths.has("/admin/v1/merchants/{mchNo}/whitelist/{id}")).isTrue();
        assertThat(docs.json().path("components").path("securitySchemes").has(AdminConfiguration.SECURITY_SCHEME))
                .isTrue();
    }

    // ------------------------------------------------------------------ helpers

    private String merchant() throws Exception {
        String s = suffix();
        assertThat(admin("POST", "/admin/v1/institutions", "{\"instNo\":\"I" + s + "\",\"name\":\"i\"}").status())
                .isEqualTo(201);
        assertThat(admin("POST", "/admin/v1/institutions/I" + s + "/merchants",
                "{\"mchNo\":\"M" + s + "\",\"name\":\"m\"}").status()).isEqualTo(201);
        return "M" + s;
    }

    private Reply admin(String method, String path, String body) throws IOException, InterruptedException {
        return send(method, path, body, "Bearer " + TOKEN);
    }

    private Reply send(String method, String path, String body, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body(), response);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static String rsaPublicKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return Base64.getMimeEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded());
    }
}
