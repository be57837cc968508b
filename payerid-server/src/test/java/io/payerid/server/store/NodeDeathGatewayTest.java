package io.payerid.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.server.demo.DemoCredentials;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.support.Browser;
import io.payerid.server.support.FaultProxy;
import io.payerid.server.support.MerchantClient;
import io.payerid.server.support.RedisGatewayNodes;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two gateways on one Redis, as behind nginx, and node A dies mid-flow: what nginx retries on node B (the
 * same browser's callback, the same signed entry) succeeds within seconds. Both nodes talk to node B's
 * sandbox as the one WeChat; node A's server-side WeChat calls go through a {@link FaultProxy}, so a test can
 * let a code exchange reach WeChat (which redeems the code) while its answer never comes back.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class NodeDeathGatewayTest {

    /** What a payer may notice at most: the dead node's lock lease (3 s) plus the restarted round trip. */
    private static final Duration INVISIBLE = Duration.ofSeconds(6);

    private FaultProxy upstreamOfA;
    private RedisGatewayNodes nodes;
    private ConfigurableApplicationContext nodeA;
    private ConfigurableApplicationContext nodeB;
    private String baseA;
    private String baseB;
    private MerchantClient merchant;
    private String returnUri;

    @BeforeEach
    void start() throws IOException {
        nodes = new RedisGatewayNodes("nodedeath");
        int portA = RedisGatewayNodes.freePort();
        int portB = RedisGatewayNodes.freePort();
        baseA = "http://localhost:" + portA;
        baseB = "http://localhost:" + portB;
        upstreamOfA = FaultProxy.to("127.0.0.1", portB);
        nodeA = node(portA, "http://127.0.0.1:" + upstreamOfA.port(), portB);
        nodeB = node(portB, "http://127.0.0.1:" + portB, portB);
        DemoCredentials demo = nodeB.getBean(DemoTenantSeeder.class).seed();
        merchant = new MerchantClient(baseA, demo.appId(), demo.mchNo(), demo.appKey());
        returnUri = baseA + "/demo/return";
    }

    @AfterEach
    void stop() {
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeB, nodeA}) {
            if (node != null && node.isActive()) {
                node.close();
            }
        }
        if (upstreamOfA != null) {
            upstreamOfA.close();
        }
    }

    private ConfigurableApplicationContext node(int port, String wechatApiBase, int sandboxPort) {
        Map<String, Object> p = nodes.properties(port);
        // Killed, not drained: the request in flight is dropped, as nginx sees a node die.
        p.put("server.shutdown", "immediate");
        p.put("payerid.upstream.wechat-open-host", "http://localhost:" + sandboxPort + "/sandbox/wechat/open");
        p.put("payerid.upstream.wechat-api-host", wechatApiBase + "/sandbox/wechat/api");
        return RedisGatewayNodes.start(p);
    }

    @Test
    void callbackWhenTheNodeRedeemingTheCodeDiesThenTheSameBrowsersRetryOnAnotherNodeSucceeds() throws Exception {
        Browser payer = Browser.wechat().asSandboxUser(baseB, "alice");
        String callbackOnA = payer
                .follow(merchant.authorizeUrl(returnUri, "base", "node-death"), l -> l.contains("/v1/oauth/callback/"))
                .location();
        assertThat(callbackOnA).startsWith(baseA);

        // Node A sends the code to WeChat, which redeems it; the answer never reaches A, and A is killed
        // while it waits: its locks stay in Redis, unrenewed, and it never stores a result or releases anything.
        upstreamOfA.holdAnswers();
        long before = upstreamOfA.forwardedFromClients();
        ExecutorService dying = Executors.newVirtualThreadPerTaskExecutor();
        Browser.Hop answer;
        Duration took;
        try {
            dying.submit(() -> payer.get(callbackOnA));
            awaitUntil(() -> upstreamOfA.forwardedFromClients() > before);
            Thread.sleep(300); // WeChat (node B's sandbox) handles the exchange: the code is now used
            long killed = System.nanoTime();
            nodeA.close();

            // nginx retries the callback on node B, in the same browser.
            answer = payer.follow(callbackOnA.replace(baseA, baseB), l -> l.contains("/demo/return"));
            took = Duration.ofNanos(System.nanoTime() - killed);
        } finally {
            upstreamOfA.reset();
            dying.shutdownNow();
        }

        Map<String, String> result = Browser.query(answer.location());
        assertThat(result).containsEntry("state", "node-death").containsKey("openid").doesNotContainKey("error");
        assertThat(merchant.verifyAnswer(result)).isTrue();
        assertThat(took).isLessThan(INVISIBLE);
        // It took one silent trip back to WeChat for a fresh code, on the same sealed callback.
        List<String> codes = payer.history().stream().map(Browser.Hop::location)
                .filter(l -> l != null && l.contains("/v1/oauth/callback/")).map(l -> Browser.query(l).get("code")).toList();
        assertThat(codes).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
        System.out.printf("callback retried on node B after node A died: answered %d ms after the kill%n", took.toMillis());
    }

    @Test
    void entryWhenRetriedOnAnotherNodeAfterTheDeadNodeSpentTheNonceThenServedAndAnotherRequestWithItRefused() {
        Map<String, String> params = merchant.params(returnUri, "base", "retried-entry");
        String signed = merchant.url(merchant.signMd5(params));
        // Node A spends the nonce and dies before nginx gets its answer.
        assertThat(Browser.wechat().get(signed).location()).contains("/connect/oauth2/authorize");
        long killed = System.nanoTime();
        nodeA.close();

        // nginx retries the identical request on node B: served, and the payer finishes there.
        Browser payer = Browser.wechat().asSandboxUser(baseB, "bob");
        Map<String, String> result = Browser.query(
                payer.follow(signed.replace(baseA, baseB), l -> l.contains("/demo/return")).location());
        assertThat(result).containsEntry("state", "retried-entry").containsKey("openid").doesNotContainKey("error");
        assertThat(Duration.ofNanos(System.nanoTime() - killed)).isLessThan(Duration.ofSeconds(5));

        // Any other request with that nonce is refused as before.
        params.put("state", "another-order");
        String other = merchant.url(merchant.signMd5(params)).replace(baseA, baseB);
        assertThat(Browser.query(Browser.wechat().get(other).location())).containsEntry("error", "NONCE_REUSED");
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition reached in time").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
