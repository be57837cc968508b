package io.payerid.sandbox.alipay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Runtime registration of apps and the published Alipay public key. */
class SandboxAlipayAdminTest extends AlipaySandboxTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> register(String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(root() + BASE + "/apps")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    @Test
    void anAppRegisteredOverHttpCanBeUsedAndReadBackWithoutItsToken() throws Exception {
        TestAlipayApp app = TestAlipayApp.create();
        HttpResponse<String> created = register("""
                {"appId":"%s","appPublicKey":"%s","callbackDomains":["merchant.example"],"identityMode":"user_id",
                 "appGroupId":"g1","authCodeTtlSeconds":600,"isvAppId":"2021000000000999","appAuthToken":"secret-token"}
                """.formatted(app.appId(), app.publicKey()));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(apps.find(app.appId())).hasValueSatisfying(registered -> {
            assertThat(registered.identityMode()).isEqualTo(IdentityMode.USER_ID);
            assertThat(registered.authCodeTtl()).hasSeconds(600);
        });
        HttpResponse<String> read = send(HttpRequest.newBuilder(URI.create(root() + BASE + "/apps/" + app.appId())));
        assertThat(read.body()).contains("\"identityMode\":\"user_id\"").contains("\"appGroupId\":\"g1\"")
                .doesNotContain("secret-token");
    }

    @Test
    void invalidRegistrationsAre400() throws Exception {
        assertThat(register("{\"appId\":\"2021x\",\"appPublicKey\":\"not a key\"}").statusCode()).isEqualTo(400);
        assertThat(register("{\"appId\":\"has space\",\"appPublicKey\":\"" + TestAlipayApp.create().publicKey() + "\"}")
                .statusCode()).isEqualTo(400);
        assertThat(register("not json").statusCode()).isEqualTo(400);
        assertThat(register("{\"appId\":\"2021000000000998\",\"appPublicKey\":\"" + TestAlipayApp.create().publicKey()
                + "\",\"identityMode\":\"sometimes\"}").statusCode()).isEqualTo(400);
        assertThat(send(HttpRequest.newBuilder(URI.create(root() + BASE + "/apps/nope"))).statusCode()).isEqualTo(404);
    }

    @Test
    void thePublicKeyEndpointServesTheKeyAnswersAreSignedWith() throws Exception {
        HttpResponse<String> key = send(HttpRequest.newBuilder(URI.create(root() + BASE + "/alipay-public-key")));

        assertThat(key.statusCode()).isEqualTo(200);
        assertThat(key.body()).isEqualTo("{\"alipayPublicKey\":\"" + apps.alipayPublicKey() + "\"}");
        assertThat(RsaKeys.publicKey(apps.alipayPublicKey()).getAlgorithm()).isEqualTo("RSA");
    }
}
