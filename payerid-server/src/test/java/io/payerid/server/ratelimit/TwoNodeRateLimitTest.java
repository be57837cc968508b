package io.payerid.server.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.server.demo.DemoCredentials;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.store.RedisAvailable;
import io.payerid.server.support.RedisGatewayNodes;
import io.payerid.server.support.SignedJsonClient;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** Two gateways on one Redis (store.type=redis): an app's limit is one bucket, whichever node it calls. */
class TwoNodeRateLimitTest {

    private final RedisGatewayNodes nodes = new RedisGatewayNodes("twonoderl");
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
        int portA = RedisGatewayNodes.freePort();
        int portB = RedisGatewayNodes.freePort();
        nodeA = node(portA);
        nodeB = node(portB);
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

    private ConfigurableApplicationContext node(int port) {
        Map<String, Object> p = nodes.properties(port);
        p.put("payerid.rate-limit.per-app.capacity", 3);
        p.put("payerid.rate-limit.per-app.period", "1h");
        return RedisGatewayNodes.start(p);
    }
}
