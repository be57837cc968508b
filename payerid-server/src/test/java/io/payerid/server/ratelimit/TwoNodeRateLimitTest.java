package io.payerid.server.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.server.PayerIdApplication;
import io.payerid.server.config.EmbeddedSecrets;
import io.payerid.server.demo.DemoCredentials;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.store.RedisAvailable;
import io.payerid.server.support.SignedJsonClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Two gateways on one Redis (store.type=redis): an app's limit is one bucket, whichever node it calls. */
class TwoNodeRateLimitTest {

    private ConfigurableApplicationContext nodeA;
    private ConfigurableApplicationContext nodeB;

    @AfterEach
    void stop() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    @Test
    void appLimitWhenRequestsSpreadOverTwoNodesThenHoldsAcrossThem() throws Exception {
        RedisAvailable.require();
        Path dir = Files.createTempDirectory("payerid-two-node-rl");
        String masterKey = EmbeddedSecrets.randomBase64(32);
        String prefix = "payerid-test:" + UUID.randomUUID() + ":";
        int portA = freePort();
        int portB = freePort();
        nodeA = node(portA, dir, masterKey, prefix);
        nodeB = node(portB, dir, masterKey, prefix);
        DemoCredentials demo = nodeA.getBean(DemoTenantSeeder.class).seed();
        SignedJsonClient onA = new SignedJsonClient("http://localhost:" + portA, demo.appId(), demo.mchNo(), demo.appKey());
        SignedJsonClient onB = new SignedJsonClient("http://localhost:" + portB, demo.appId(), demo.mchNo(), demo.appKey());
        Map<String, String> link = Map.of("redirectUri", "http://localhost:" + portA + "/demo/return");

        assertThat(onA.post("/v1/oauth/authorize-url", link).status()).isEqualTo(200);
        assertThat(onB.post("/v1/oauth/authorize-url", link).status()).isEqualTo(200);
        assertThat(onA.post("/v1/oauth/authorize-url", link).status()).isEqualTo(200);

        SignedJsonClient.Answer refused = onB.post("/v1/oauth/authorize-url", link);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).containsEntry("code", "RATE_LIMITED");
        assertThat(onA.post("/v1/oauth/authorize-url", link).status()).isEqualTo(429);
    }

    private static ConfigurableApplicationContext node(int port, Path dir, String masterKey, String prefix) {
        Map<String, Object> p = new HashMap<>();
        p.put("server.port", port);
        p.put("payerid.public-base-url", "http://localhost:" + port);
        p.put("payerid.data-dir", dir.toString());
        p.put("payerid.master-key", masterKey);
        p.put("payerid.operator-token", "two-node-token");
        p.put("spring.datasource.url", "jdbc:h2:mem:twonoderl" + prefix.hashCode() + ";DB_CLOSE_DELAY=-1");
        p.put("payerid.store.type", "redis");
        p.put("payerid.store.redis-url", RedisAvailable.URL);
        p.put("payerid.store.key-prefix", prefix);
        p.put("payerid.rate-limit.per-app.capacity", 3);
        p.put("payerid.rate-limit.per-app.period", "1h");
        return new SpringApplicationBuilder(PayerIdApplication.class)
                .run(p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
