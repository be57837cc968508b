package io.payerid.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.server.config.PayerIdProperties;
import io.payerid.server.support.GatewayTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Start-time figures (bench/start-time.sh, bench/run.sh) and scripts wait for {@code /actuator/health} and
 * then read {@code demo.json}. That is only sound if health includes readiness, which Spring Boot turns to
 * ACCEPTING_TRAFFIC after every ApplicationRunner, the demo seeding among them, has finished.
 */
class DemoSeededBeforeHealthyTest extends GatewayTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private ApplicationContext context;

    @Autowired
    private PayerIdProperties properties;

    @Test
    void healthWhenReadinessRefusesTrafficThenOutOfService() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            HttpResponse<String> refusing = health();
            assertThat(refusing.statusCode()).isEqualTo(503);
            assertThat(refusing.body()).contains("OUT_OF_SERVICE");
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        assertThat(health().statusCode()).isEqualTo(200);
    }

    @Test
    void demoJsonWhenHealthyThenComplete() throws Exception {
        assertThat(health().body()).contains("\"UP\"");
        JsonNode demo = JsonMapper.builder().build()
                .readTree(Files.readString(properties.dataDir().resolve("demo.json")));
        for (String field : new String[] {"baseUrl", "mchNo", "appId", "appKey", "redirectUri"}) {
            assertThat(demo.path(field).asString()).as(field).isNotBlank();
        }
    }

    private HttpResponse<String> health() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(BASE + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
