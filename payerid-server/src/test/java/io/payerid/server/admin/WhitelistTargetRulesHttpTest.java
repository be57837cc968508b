package io.payerid.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admin whitelist API as production runs it (no demo, so {@code payerid.development.allow-private-targets}
 * is off): whole origins need the explicit flag, and plain-http or non-public hosts are refused with
 * a JSON {@code INVALID_REQUEST} naming the rule.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "payerid.data-dir=${java.io.tmpdir}/payerid-test-${random.uuid}",
        "payerid.operator-token=test-operator-token",
        "payerid.embedded.demo=false",
        "payerid.sandbox.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:whitelist-rules;DB_CLOSE_DELAY=-1"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhitelistTargetRulesHttpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    record Reply(int status, JsonNode json) {
    }

    @BeforeAll
    void merchant() throws Exception {
        assertThat(post("/admin/v1/institutions", Map.of("instNo", "ISV_RULES", "name", "rules")).status()).isEqualTo(201);
        assertThat(post("/admin/v1/institutions/ISV_RULES/merchants", Map.of("mchNo", "MCH_RULES", "name", "m"))
                .status()).isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "http://shop.example.com/pay/",
            "https://localhost/pay/", "https://shop.localhost/pay/", "https://LocalHost/pay/",
            "https://127.0.0.1/pay/", "https://127.1.2.3/pay/", "https://10.0.0.8/pay/", "https://172.20.1.1/pay/",
            "https://192.168.0.10/pay/", "https://169.254.169.254/latest/", "https://0.0.0.0/pay/",
            "https://100.64.1.1/pay/", "https://[::1]/pay/", "https://[0:0:0:0:0:0:0:1]/pay/", "https://[::]/pay/",
            "https://[fe80::1]/pay/", "https://[fd00::1]/pay/", "https://[::ffff:127.0.0.1]/pay/",
            "https://[::ffff:7f00:1]/pay/", "https://[::ffff:a9fe:a9fe]/pay/", "https://[::127.0.0.1]/pay/",
            "https://0x7f000001/pay/", "https://2130706433/pay/", "https://0177.0.0.1/pay/", "https://127.1/pay/",
            "https://0x7f.0.0.1/pay/", "https://localhost./pay/",
            "https://shop.example.com/pay/..;/admin/", "https://shop.example.com/pay;x/",
            "https://shop.example.com/pay/%3B/", "https://shop.example.com/pay/..%2F"})
    void addWhenTargetIsInsecureOrNotPublicThenInvalidRequest(String url) throws Exception {
        Reply reply = post("/admin/v1/merchants/MCH_RULES/whitelist", Map.of("url", url));
        assertThat(reply.status()).as(url).isEqualTo(400);
        assertThat(reply.json().path("code").asString()).as(url).isEqualTo("INVALID_REQUEST");
        assertThat(reply.json().path("message").asString()).as(url).contains("url");
    }

    @Test
    void addWhenBareOriginWithoutFlagThenInvalidRequestNamingTheFlag() throws Exception {
        Reply reply = post("/admin/v1/merchants/MCH_RULES/whitelist", Map.of("url", "https://bare.example.com"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("message").asString()).contains("wholeOrigin");
        assertThat(post("/admin/v1/merchants/MCH_RULES/whitelist", Map.of("url", "https://bare.example.com/"))
                .status()).isEqualTo(400);
    }

    @Test
    void addWhenBareOriginWithFlagThenWholeOriginEntry() throws Exception {
        Reply reply = post("/admin/v1/merchants/MCH_RULES/whitelist",
                Map.of("url", "https://whole.example.com", "wholeOrigin", true));
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().path("wholeOrigin").asBoolean()).isTrue();
        assertThat(reply.json().path("pathPrefix").asString()).isEmpty();
    }

    @Test
    void addWhenFlagGivenWithPathPrefixThenInvalidRequest() throws Exception {
        Reply reply = post("/admin/v1/merchants/MCH_RULES/whitelist",
                Map.of("url", "https://flag.example.com/pay/", "wholeOrigin", true));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().path("message").asString()).contains("wholeOrigin");
    }

    @Test
    void addWhenPublicHttpsPrefixThenCreated() throws Exception {
        for (String url : new String[] {"https://shop.example.com/pay/", "https://8.8.8.8/cb", "https://[2001:db8::1]/cb/"}) {
            Reply reply = post("/admin/v1/merchants/MCH_RULES/whitelist", Map.of("url", url));
            assertThat(reply.status()).as(url).isEqualTo(201);
            assertThat(reply.json().path("wholeOrigin").asBoolean()).as(url).isFalse();
        }
    }

    private Reply post(String path, Map<String, Object> body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer test-operator-token")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(new LinkedHashMap<>(body))))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), JSON.readTree(response.body()));
    }
}
