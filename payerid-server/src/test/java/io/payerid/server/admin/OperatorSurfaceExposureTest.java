package io.payerid.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.server.support.GatewayTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 7 item 11: of the actuator, OpenAPI and Swagger UI, only the health probes answer without the
 * operator token. The actuator's own index is enumerated, so an endpoint exposed later is covered too.
 */
class OperatorSurfaceExposureTest extends GatewayTest {

    private static final String TOKEN = "Bearer test-operator-token";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyActuatorEndpointWhenNoTokenThenOnlyHealthProbesAnswer() throws Exception {
        HttpResponse<String> index = get("/actuator", TOKEN);
        assertThat(index.statusCode()).isEqualTo(200);
        List<String> paths = new ArrayList<>();
        for (Map.Entry<String, JsonNode> link : JsonMapper.builder().build().readTree(index.body()).path("_links").properties()) {
            String href = link.getValue().path("href").asString();
            paths.add(URI.create(href.replaceAll("\\{[^}]*}", "x")).getPath());
        }
        assertThat(paths).contains("/actuator/health", "/actuator/metrics", "/actuator/info");
        paths.addAll(List.of("/actuator", "/actuator/health/liveness", "/actuator/health/readiness"));
        for (String path : paths) {
            int anonymous = get(path, null).statusCode();
            if (AdminConfiguration.PUBLIC_PATHS.contains(path)) {
                assertThat(anonymous).as(path).isEqualTo(200);
            } else {
                assertThat(anonymous).as(path).isEqualTo(401);
                assertThat(get(path, TOKEN).statusCode()).as(path + " with token").isNotEqualTo(401);
            }
        }
    }

    @Test
    void healthProbesWhenNoTokenThenStatusOnly() throws Exception {
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            HttpResponse<String> health = get(path, null);
            assertThat(health.statusCode()).as(path).isEqualTo(200);
            assertThat(health.body()).as(path).contains("\"status\":\"UP\"").doesNotContain("components")
                    .doesNotContain("details").doesNotContain("db");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config", "/swagger-ui.html",
            "/swagger-ui/index.html", "/actuator/env", "/actuator/beans", "/actuator/metrics/jvm.memory.used",
            "/actuator/health/../metrics", "/actuator/health;x/../metrics", "/actuator;/metrics",
            "/actuator/health/db", "/%61ctuator/metrics", "/actuator/health/"})
    void operatorSurfaceWhenNoTokenThenUnauthorized(String path) throws Exception {
        HttpResponse<String> reply = get(path, null);
        assertThat(reply.statusCode()).as(path).isIn(400, 401, 404);
        assertThat(reply.body()).as(path).doesNotContain("jvm").doesNotContain("openapi");
    }

    @Test
    void openApiAndSwaggerUiWhenTokenThenServed() throws Exception {
        assertThat(get("/v3/api-docs", TOKEN).body()).contains("/admin/v1/institutions");
        assertThat(get("/swagger-ui/index.html", TOKEN).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
