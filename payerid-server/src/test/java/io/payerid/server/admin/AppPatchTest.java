package io.payerid.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.server.support.MerchantClient;
import io.payerid.server.support.SignedJsonClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code PATCH /admin/v1/apps/{appId}} over HTTP: key rotation with an overlap, RSA key, sign types, updatedAt. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "payerid.data-dir=${java.io.tmpdir}/payerid-test-${random.uuid}",
        "payerid.operator-token=test-operator-token",
        "payerid.embedded.demo=false",
        "payerid.sandbox.enabled=false",
        "payerid.development.allow-private-targets=true",
        "spring.datasource.url=jdbc:h2:mem:apppatch;DB_CLOSE_DELAY=-1"})
class AppPatchTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String OLD_KEY = "old-key-0123456789";
    private static final String LINK = "/v1/oauth/authorize-url";

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    record Reply(int status, JsonNode json) {
    }

    @Test
    void rotateSignKeyWhenWithinOverlapThenBothKeysVerifyAndAfterItOnlyTheNewOne() throws Exception {
        String mchNo = merchant();
        String appId = app(mchNo, "{\"signKey\":\"" + OLD_KEY + "\"}");

        Reply rotated = admin("PATCH", "/admin/v1/apps/" + appId, "{\"rotateSignKey\":true,\"overlap\":\"PT2S\"}");
        assertThat(rotated.status()).isEqualTo(200);
        String newKey = rotated.json().path("signKey").asString();
        assertThat(newKey).hasSize(AppController.GENERATED_KEY_LENGTH).isNotEqualTo(OLD_KEY);
        Instant validUntil = Instant.parse(rotated.json().path("previousKeyValidUntil").asString());
        assertThat(validUntil).isAfter(Instant.now()).isBefore(Instant.now().plusSeconds(3));
        Reply shownAgain = admin("GET", "/admin/v1/apps/" + appId, null);
        assertThat(shownAgain.json().has("signKey")).isFalse();
        assertThat(shownAgain.json().has("previousKeyValidUntil")).isTrue();

        SignedJsonClient withOld = client(appId, mchNo, OLD_KEY);
        SignedJsonClient withNew = client(appId, mchNo, newKey);
        assertThat(withOld.post(LINK, link()).status()).isEqualTo(200);
        SignedJsonClient.Answer answer = withNew.post(LINK, link());
        assertThat(answer.status()).isEqualTo(200);
        // Answers are signed with the new key at once, also to a caller still on the old one.
        assertThat(withNew.verify(withOld.post(LINK, link()).body())).isTrue();
        assertThat(withNew.verify(answer.body())).isTrue();

        while (!Instant.now().isAfter(validUntil.plusMillis(100))) {
            Thread.sleep(100);
        }
        SignedJsonClient.Answer refused = withOld.post(LINK, link());
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body()).containsEntry("code", "INVALID_SIGNATURE");
        assertThat(refused.raw()).doesNotContain(OLD_KEY).doesNotContain(newKey);
        assertThat(withNew.post(LINK, link()).status()).isEqualTo(200);
        assertThat(admin("GET", "/admin/v1/apps/" + appId, null).json().has("previousKeyValidUntil")).isFalse();
    }

    @Test
    void rotateSignKeyWhenOverlapIsZeroThenOldKeyIsRefusedAtOnce() throws Exception {
        String mchNo = merchant();
        String appId = app(mchNo, "{\"signKey\":\"" + OLD_KEY + "\"}");
        Reply rotated = admin("PATCH", "/admin/v1/apps/" + appId, "{\"rotateSignKey\":true,\"overlap\":\"PT0S\"}");
        assertThat(rotated.status()).isEqualTo(200);
        assertThat(rotated.json().has("previousKeyValidUntil")).isFalse();

        assertThat(client(appId, mchNo, OLD_KEY).post(LINK, link()).body()).containsEntry("code", "INVALID_SIGNATURE");
        assertThat(client(appId, mchNo, rotated.json().path("signKey").asString()).post(LINK, link()).status())
                .isEqualTo(200);
    }

    @Test
    void rotateSignKeyWhenNoOverlapGivenThenPreviousKeyValidForADay() throws Exception {
        String appId = app(merchant(), "{}");
        Reply rotated = admin("PATCH", "/admin/v1/apps/" + appId, "{\"rotateSignKey\":true}");
        Instant validUntil = Instant.parse(rotated.json().path("previousKeyValidUntil").asString());
        assertThat(validUntil).isBetween(Instant.now().plusSeconds(86_300), Instant.now().plusSeconds(86_401));
    }

    @Test
    void updateWhenRsaPublicKeyAddedThenRsa2RequestsVerify() throws Exception {
        String mchNo = merchant();
        String appId = app(mchNo, "{\"signKey\":\"" + OLD_KEY + "\"}");
        KeyPair pair = rsaKeyPair();
        String publicKey = Base64.getMimeEncoder().encodeToString(pair.getPublic().getEncoded());

        Map<String, String> rsaSigned = MerchantClient.signRsa(envelope(appId, mchNo), pair.getPrivate());
        assertThat(client(appId, mchNo, OLD_KEY).postJson(LINK, JSON.writeValueAsString(rsaSigned)).body())
                .containsEntry("code", "UNSUPPORTED_SIGN_TYPE");

        Reply patched = admin("PATCH", "/admin/v1/apps/" + appId, "{\"rsaPublicKey\":\"" + publicKey.replace("\r\n", "\\n") + "\"}");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().path("signTypes").toString()).isEqualTo("[\"MD5\",\"HMAC-SHA256\",\"RSA2\"]");
        assertThat(patched.json().has("signKey")).isFalse();

        Map<String, String> again = MerchantClient.signRsa(envelope(appId, mchNo), pair.getPrivate());
        assertThat(client(appId, mchNo, OLD_KEY).postJson(LINK, JSON.writeValueAsString(again)).status()).isEqualTo(200);
        assertThat(client(appId, mchNo, OLD_KEY).post(LINK, link()).status()).isEqualTo(200);
    }

    @Test
    void updateWhenSignTypesUseEitherSpellingThenCanonicalSpellingIsShown() throws Exception {
        String mchNo = merchant();
        String appId = app(mchNo, "{\"signKey\":\"" + OLD_KEY + "\"}");
        Reply created = admin("GET", "/admin/v1/apps/" + appId, null);

        Reply alias = admin("PATCH", "/admin/v1/apps/" + appId, "{\"signTypes\":[\"HMAC_SHA256\"]}");
        assertThat(alias.status()).isEqualTo(200);
        assertThat(alias.json().path("signTypes").toString()).isEqualTo("[\"HMAC-SHA256\"]");
        assertThat(alias.json().path("createdAt").asString()).isEqualTo(created.json().path("createdAt").asString());
        assertThat(Instant.parse(alias.json().path("updatedAt").asString()))
                .isAfterOrEqualTo(Instant.parse(created.json().path("updatedAt").asString()));
        assertThat(client(appId, mchNo, OLD_KEY).post(LINK, link()).body()).containsEntry("code", "UNSUPPORTED_SIGN_TYPE");

        Reply canonical = admin("PATCH", "/admin/v1/apps/" + appId, "{\"signTypes\":[\"MD5\",\"HMAC-SHA256\"]}");
        assertThat(canonical.json().path("signTypes").toString()).isEqualTo("[\"MD5\",\"HMAC-SHA256\"]");
        assertThat(client(appId, mchNo, OLD_KEY).post(LINK, link()).status()).isEqualTo(200);
    }

    @Test
    void updateWhenFieldIsInvalidThenInvalidRequestAndNothingChanges() throws Exception {
        String mchNo = merchant();
        String appId = app(mchNo, "{\"signKey\":\"" + OLD_KEY + "\"}");
        String before = admin("GET", "/admin/v1/apps/" + appId, null).json().toString();
        for (String body : new String[] {
                "{\"rotateSignKey\":true,\"overlap\":\"P8D\"}",
                "{\"rotateSignKey\":true,\"overlap\":\"-PT1S\"}",
                "{\"rotateSignKey\":true,\"overlap\":\"24 hours\"}",
                "{\"overlap\":\"PT1H\"}",
                "{\"signTypes\":[\"SHA1\"]}",
                "{\"signTypes\":[]}",
                "{\"signTypes\":[\"RSA2\"]}",
                "{\"rsaPublicKey\":\"bm90IGEga2V5\"}",
                "{\"rsaPublicKey\":\"\"}",
                "{\"signTypes\":[\"MD5\"],\"resultDelivery\":\"carrier-pigeon\"}",
                "{\"rotateSignKey\":true,\"signTypes\":[\"RSA2\"]}"}) {
            Reply refused = admin("PATCH", "/admin/v1/apps/" + appId, body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.json().path("code").asString()).as(body).isEqualTo("INVALID_REQUEST");
        }
        assertThat(admin("GET", "/admin/v1/apps/" + appId, null).json().toString()).isEqualTo(before);
        assertThat(client(appId, mchNo, OLD_KEY).post(LINK, link()).status()).isEqualTo(200);
    }

    @Test
    void updateWhenInstitutionMerchantOrChannelChangesThenUpdatedAtMoves() throws Exception {
        String s = suffix();
        Reply institution = admin("POST", "/admin/v1/institutions", "{\"instNo\":\"I" + s + "\",\"name\":\"i\"}");
        assertThat(institution.json().path("updatedAt").asString()).isEqualTo(institution.json().path("createdAt").asString());
        Thread.sleep(5);
        Reply renamed = admin("PATCH", "/admin/v1/institutions/I" + s, "{\"name\":\"renamed\"}");
        assertThat(Instant.parse(renamed.json().path("updatedAt").asString()))
                .isAfter(Instant.parse(renamed.json().path("createdAt").asString()));

        Reply merchant = admin("POST", "/admin/v1/institutions/I" + s + "/merchants", "{\"mchNo\":\"M" + s + "\",\"name\":\"m\"}");
        assertThat(merchant.json().path("updatedAt").asString()).isEqualTo(merchant.json().path("createdAt").asString());
        Thread.sleep(5);
        Reply disabled = admin("PATCH", "/admin/v1/merchants/M" + s, "{\"enabled\":false}");
        assertThat(Instant.parse(disabled.json().path("updatedAt").asString()))
                .isAfter(Instant.parse(disabled.json().path("createdAt").asString()));
        assertThat(admin("GET", "/admin/v1/merchants/M" + s, null).json().path("updatedAt").asString())
                .isEqualTo(disabled.json().path("updatedAt").asString());

        String channel = "/admin/v1/merchants/M" + s + "/channels/WECHAT_OA";
        String body = "{\"mode\":\"DIRECT\",\"settings\":{\"appId\":\"wx1234567890abcdef\"},\"secrets\":{\"appSecret\":\"oa-app-secret-value\"}}";
        Reply put = admin("PUT", channel, body);
        assertThat(put.status()).isEqualTo(200);
        Thread.sleep(5);
        Reply replaced = admin("PUT", channel, body);
        assertThat(Instant.parse(replaced.json().path("updatedAt").asString()))
                .isAfter(Instant.parse(replaced.json().path("createdAt").asString()));
    }

    // ------------------------------------------------------------------ helpers

    private String merchant() throws Exception {
        String s = suffix();
        assertThat(admin("POST", "/admin/v1/institutions", "{\"instNo\":\"I" + s + "\",\"name\":\"i\"}").status())
                .isEqualTo(201);
        assertThat(admin("POST", "/admin/v1/institutions/I" + s + "/merchants",
                "{\"mchNo\":\"M" + s + "\",\"name\":\"m\"}").status()).isEqualTo(201);
        assertThat(admin("POST", "/admin/v1/merchants/M" + s + "/whitelist",
                "{\"url\":\"http://localhost:3000\",\"wholeOrigin\":true}").status()).isEqualTo(201);
        return "M" + s;
    }

    private String app(String mchNo, String body) throws Exception {
        Reply created = admin("POST", "/admin/v1/merchants/" + mchNo + "/apps", body);
        assertThat(created.status()).isEqualTo(201);
        return created.json().path("appId").asString();
    }

    private SignedJsonClient client(String appId, String mchNo, String key) {
        return new SignedJsonClient("http://localhost:" + port, appId, mchNo, key);
    }

    private static Map<String, String> link() {
        return Map.of("redirectUri", "http://localhost:3000/return");
    }

    private static Map<String, String> envelope(String appId, String mchNo) {
        Map<String, String> params = new TreeMap<>(link());
        params.put("appId", appId);
        params.put("mchNo", mchNo);
        params.put("timestamp", Long.toString(System.currentTimeMillis() / 1000));
        params.put("nonce", UUID.randomUUID().toString().replace("-", ""));
        return params;
    }

    private Reply admin(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer test-operator-token");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), JSON.readTree(response.body()));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static KeyPair rsaKeyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
