package io.payerid.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.server.PayerIdApplication;
import io.payerid.server.config.EmbeddedSecrets;
import io.payerid.server.demo.DemoCredentials;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.support.Browser;
import io.payerid.server.support.MerchantClient;
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

/**
 * Stateless nodes: two gateways sharing a database, a master key and Redis. A flow started on one
 * finishes on the other (the context travels sealed), a duplicate callback on either gets the first
 * result (redeemed codes and completed flows are in Redis), the callback from another browser or with a
 * second code is refused on both, and a nonce used on one is refused on the other.
 */
class TwoNodeGatewayTest {

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

    private static ConfigurableApplicationContext node(int port, int sandboxPort, Path dir, String masterKey, String prefix) {
        Map<String, Object> p = new HashMap<>();
        p.put("server.port", port);
        p.put("payerid.public-base-url", "http://localhost:" + port);
        p.put("payerid.data-dir", dir.toString());
        p.put("payerid.master-key", masterKey);
        p.put("payerid.operator-token", "two-node-token");
        p.put("spring.datasource.url", "jdbc:h2:mem:twonode" + prefix.hashCode() + ";DB_CLOSE_DELAY=-1");
        p.put("payerid.store.type", "redis");
        p.put("payerid.store.redis-url", RedisAvailable.URL);
        p.put("payerid.store.key-prefix", prefix);
        // Both nodes talk to node A's sandbox, as two real nodes talk to the one WeChat.
        p.put("payerid.upstream.wechat-open-host", "http://localhost:" + sandboxPort + "/sandbox/wechat/open");
        p.put("payerid.upstream.wechat-api-host", "http://127.0.0.1:" + sandboxPort + "/sandbox/wechat/api");
        // As arguments, not builder defaults: application.yml would override defaults.
        return new SpringApplicationBuilder(PayerIdApplication.class)
                .run(p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    @Test
    void aFlowStartedOnOneNodeFinishesOnTheOther() throws Exception {
        RedisAvailable.require();
        Path dir = Files.createTempDirectory("payerid-two-node");
        String masterKey = EmbeddedSecrets.randomBase64(32);
        String prefix = "payerid-test:" + UUID.randomUUID() + ":";
        int portA = freePort();
        int portB = freePort();
        nodeA = node(portA, portA, dir, masterKey, prefix);
        nodeB = node(portB, portA, dir, masterKey, prefix);
        String baseA = "http://localhost:" + portA;
        String baseB = "http://localhost:" + portB;

        DemoCredentials demo = nodeA.getBean(DemoTenantSeeder.class).seed();
        String returnUri = baseA + "/demo/return";
        MerchantClient merchant = new MerchantClient(baseA, demo.appId(), demo.mchNo(), demo.appKey());
        Browser payer = Browser.wechat().asSandboxUser(baseA, "alice");
        String callbackOnA = payer
                .follow(merchant.authorizeUrl(returnUri, "base", "two-nodes"), l -> l.contains("/v1/oauth/callback/"))
                .location();
        assertThat(callbackOnA).startsWith(baseA);

        // Node B finishes what node A started: nothing of the flow lived in node A's memory.
        String callbackOnB = callbackOnA.replace(baseA, baseB);
        // Node B finishes what node A started, in the payer's browser: its flow cookie is for the host, any port.
        Map<String, String> answer = Browser.query(payer.get(callbackOnB).location());
        assertThat(answer).containsEntry("state", "two-nodes").containsKey("openid").doesNotContainKey("error");
        assertThat(merchant.verifyAnswer(answer)).isTrue();

        // A duplicate callback on node A gets node B's result from Redis, not a 40163 from WeChat.
        Map<String, String> duplicate = Browser.query(payer.get(callbackOnA).location());
        assertThat(duplicate).doesNotContainKey("error").containsEntry("openid", answer.get("openid"));

        // The finished flow's callback URL, replayed in another browser on either node, is refused.
        for (String replayed : new String[] {callbackOnA, callbackOnB}) {
            Browser.Hop other = Browser.wechat().get(replayed);
            assertThat(other.status()).as(replayed).isEqualTo(403);
            assertThat(other.body()).contains("FLOW_BROWSER_MISMATCH").doesNotContain("openid");
        }

        // The same browser bringing a second code for the completed flow (node A's record, asked on node B): refused.
        String authorizeAgain = payer.history().stream().map(Browser.Hop::location)
                .filter(l -> l != null && l.contains("/connect/oauth2/authorize")).findFirst().orElseThrow();
        String secondCode = payer.follow(authorizeAgain, l -> l.contains("/v1/oauth/callback/")).location();
        assertThat(Browser.query(secondCode).get("code")).isNotEqualTo(Browser.query(callbackOnA).get("code"));
        Browser.Hop refused = payer.get(secondCode.replace(baseA, baseB));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("FLOW_ALREADY_COMPLETED");

        // A nonce spent on node A is spent on node B too, for any other request (the identical one is a
        // proxy's retry within the grace: NodeDeathGatewayTest).
        Map<String, String> params = merchant.params(returnUri, "base", "first");
        String signed = merchant.url(merchant.signMd5(params));
        assertThat(Browser.wechat().get(signed).location()).contains("/connect/oauth2/authorize");
        params.put("state", "second");
        params.remove("sign");
        String sameNonce = merchant.url(merchant.signMd5(params)).replace(baseA, baseB);
        assertThat(Browser.query(Browser.wechat().get(sameNonce).location())).containsEntry("error", "NONCE_REUSED");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
