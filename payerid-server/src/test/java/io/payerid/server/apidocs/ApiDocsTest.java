package io.payerid.server.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.server.support.GatewayTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The curated document as an operator fetches it from a running gateway. */
class ApiDocsTest extends GatewayTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Set<String> AREAS = Set.of("Native browser flow", "Server APIs", "Seed-compatible APIs");
    private static JsonNode docs;

    /** Once per class, but after the gateway started (a static {@code @BeforeAll} would run before it). */
    @BeforeEach
    void fetch() throws Exception {
        if (docs != null) {
            return;
        }
        HttpResponse<String> answer = get("/v3/api-docs", "Bearer test-operator-token");
        assertThat(answer.statusCode()).isEqualTo(200);
        docs = JSON.readTree(answer.body());
    }

    @Test
    void apiDocsWhenFetchedWithoutOperatorTokenThenUnauthorized() throws Exception {
        assertThat(get("/v3/api-docs", null).statusCode()).isEqualTo(401);
        assertThat(get("/swagger-ui/index.html", null).statusCode()).isEqualTo(401);
    }

    @Test
    void infoWhenFetchedThenNamesPayerIdWithItsBuildVersion() {
        assertThat(docs.path("info").path("title").asString()).isEqualTo("PayerID");
        assertThat(docs.path("info").path("description").asString()).contains("payer identity gateway");
        assertThat(docs.path("info").path("version").asString()).isNotBlank().isNotEqualTo("v0");
        assertThat(docs.path("servers").get(0).path("url").asString()).isEqualTo(BASE);
    }

    @Test
    void operationsWhenFetchedThenEachHasOneDeclaredAreaTag() {
        Set<String> declared = new HashSet<>();
        docs.path("tags").forEach(tag -> declared.add(tag.path("name").asString()));
        assertThat(declared).containsAll(AREAS);
        assertThat(declared).allMatch(tag -> AREAS.contains(tag) || tag.startsWith("Admin: "));
        for (Map.Entry<String, JsonNode> path : docs.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : operations(path.getValue())) {
                JsonNode tags = operation.getValue().path("tags");
                assertThat(tags.size()).as("%s %s tags", operation.getKey(), path.getKey()).isEqualTo(1);
                String tag = tags.get(0).asString();
                assertThat(declared).as("%s %s", operation.getKey(), path.getKey()).contains(tag);
                assertThat(tag.startsWith("Admin: ")).as(path.getKey()).isEqualTo(path.getKey().startsWith("/admin/"));
            }
        }
        assertThat(docs.path("paths").properties().stream().map(Map.Entry::getKey))
                .noneMatch(path -> path.startsWith("/demo") || path.startsWith("/error"));
    }

    @Test
    void seedPathsWhenFetchedThenOnlyTheirSeedsMethods() {
        Map<String, Set<String>> seeds = Map.of(
                "/pay/api/1.0/auth2OpenId", Set.of("post"),
                "/open/wechatUserAuth", Set.of("get"),
                "/yfpay/jsapi/getauth2", Set.of("get"),
                "/cgi-bin/token", Set.of("get"),
                "/cgi-bin/stable_token", Set.of("post"),
                "/wxa/getpaidunionid", Set.of("get", "post"),
                "/v1/openapi/auth/alipay/url", Set.of("post"));
        seeds.forEach((path, methods) -> assertThat(methods(path)).as(path).isEqualTo(new TreeSet<>(methods)));
    }

    @Test
    void browserEntriesWhenFetchedThenDocumentedAsRedirects() {
        for (String entry : List.of("/v1/oauth/authorize", "/v1/oauth/callback/{channel}/{sealed}", "/v1/oauth/link/{token}",
                "/qr/{code}", "/open/wechatUserAuth", "/yfpay/jsapi/getauth2", "/v1/openapi/auth/alipay/go/{token}")) {
            JsonNode get = docs.path("paths").path(entry).path("get");
            assertThat(get.isMissingNode()).as(entry).isFalse();
            assertThat(get.path("responses").has("302")).as(entry + " answers 302").isTrue();
        }
        List<String> authorizeParameters = new ArrayList<>();
        docs.path("paths").path("/v1/oauth/authorize").path("get").path("parameters")
                .forEach(parameter -> authorizeParameters.add(parameter.path("name").asString()));
        assertThat(authorizeParameters).containsExactlyInAnyOrder("appId", "mchNo", "redirectUri", "scope", "state",
                "channel", "timestamp", "nonce", "signType", "sign");
    }

    @Test
    void examplesWhenFetchedThenEveryNonAdminOperationHasOneAndSeedExamplesMatchTheirDocs() throws IOException {
        for (Map.Entry<String, JsonNode> path : docs.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : operations(path.getValue())) {
                if (operation.getKey().equals("post") && !path.getKey().startsWith("/admin/")) {
                    assertThat(example(operation.getValue().path("requestBody")).isMissingNode())
                            .as("request example of POST %s", path.getKey()).isFalse();
                }
            }
        }
        JsonNode jucaiAnswer = example(docs.path("paths").path("/pay/api/1.0/auth2OpenId").path("post").path("responses").path("200"));
        assertThat(jucaiAnswer).isEqualTo(firstJsonBlock(Path.of("..", "docs", "compat", "000-jucai.md")));
        JsonNode exchangeAnswer = example(docs.path("paths").path("/v1/openapi/auth/alipay/url").path("post").path("responses").path("200"));
        assertThat(Files.readString(Path.of("..", "docs", "compat", "004-exchange-alipay-auth.md")))
                .contains(JSON.writeValueAsString(exchangeAnswer));
        assertThat(example(docs.path("paths").path("/admin/v1/institutions").path("post").path("requestBody")).path("instNo").asString())
                .isEqualTo("ISV_ACME");
        assertThat(docs.path("paths").path("/admin/v1/institutions").path("post").path("requestBody").path("content")
                .path("application/json").path("schema").isMissingNode()).as("admin keeps its generated schema").isFalse();
    }

    /** The JSON example, or the XML one of the endpoints WeChat posts XML to. */
    private static JsonNode example(JsonNode bodyOrResponse) {
        JsonNode json = bodyOrResponse.path("content").path("application/json").path("example");
        return json.isMissingNode() ? bodyOrResponse.path("content").path("text/xml").path("example") : json;
    }

    private static JsonNode firstJsonBlock(Path markdown) throws IOException {
        Matcher block = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(markdown));
        assertThat(block.find()).isTrue();
        return JSON.readTree(block.group(1));
    }

    private static Set<String> methods(String path) {
        Set<String> methods = new TreeSet<>();
        operations(docs.path("paths").path(path)).forEach(operation -> methods.add(operation.getKey()));
        return methods;
    }

    private static List<Map.Entry<String, JsonNode>> operations(JsonNode pathItem) {
        return pathItem.properties().stream().filter(entry -> HTTP_METHODS.contains(entry.getKey())).toList();
    }

    private static HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
