package io.payerid.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.server.demo.DemoCredentials;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.support.Browser;
import io.payerid.server.support.MerchantClient;
import io.payerid.server.support.RedisGatewayNodes;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Stateless nodes: two gateways sharing a database, a master key and Redis. A flow started on one
 * finishes on the other (the context travels sealed), a duplicate callback on either gets the first
 * result (redeemed codes and completed flows are in Redis), the callback from another browser or with a
 * second code is refused on both, and a nonce used on one is refused on the other.
 */
class TwoNodeGatewayTest {

    private final RedisGatewayNodes nodes = new RedisGatewayNodes("twonode");
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

    private ConfigurableApplicationContext node(int port, int sandboxPort) {
        Map<String, Object> p = nodes.properties(port);
        // Both nodes talk to node A's sandbox, as two real nodes talk to the one WeChat.
        p.put("payerid.upstream.wechat-open-host", "http://localhost:" + sandboxPort + "/sandbox/wechat/open");
        p.put("payerid.upstream.wechat-api-host", "http://127.0.0.1:" + sandboxPort + "/sandbox/wechat/api");
        return RedisGatewayNodes.start(p);
    }

    @Test
    void aFlowStartedOnOneNodeFinishesOnTheOther() throws Exception {
        RedisAvailable.require();
        int portA = RedisGatewayNodes.freePort();
        int portB = RedisGatewayNodes.freePort();
        nodeA = node(portA, portA);
        nodeB = node(portB, portA);
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
}
