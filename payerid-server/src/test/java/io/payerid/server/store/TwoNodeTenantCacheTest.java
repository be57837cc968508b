package io.payerid.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.core.tenant.WhitelistEntry;
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
 * The tenant cache on two nodes sharing one Redis: an operator's write on node A reaches node B's cache over
 * pub/sub within a second, although B's TTL (ten minutes here) would keep the old entry far longer.
 */
class TwoNodeTenantCacheTest {

    private static final long WITHIN_MILLIS = 1000;

    private final RedisGatewayNodes nodes = new RedisGatewayNodes("tenantcache");
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
        p.put("payerid.upstream.wechat-open-host", "http://localhost:" + sandboxPort + "/sandbox/wechat/open");
        p.put("payerid.upstream.wechat-api-host", "http://127.0.0.1:" + sandboxPort + "/sandbox/wechat/api");
        p.put("payerid.tenant-cache.ttl", "10m");
        return RedisGatewayNodes.start(p);
    }

    @Test
    void adminWritesWhenMadeOnNodeAThenNodeBFollowsWithinASecond() {
        RedisAvailable.require();
        int portA = RedisGatewayNodes.freePort();
        int portB = RedisGatewayNodes.freePort();
        nodeA = node(portA, portA);
        nodeB = node(portB, portA);
        String baseB = "http://localhost:" + portB;
        DemoCredentials demo = nodeA.getBean(DemoTenantSeeder.class).seed();
        String returnUri = "http://localhost:" + portA + "/demo/return";
        MerchantClient merchantOnB = new MerchantClient(baseB, demo.appId(), demo.mchNo(), demo.appKey());
        TenantAdmin adminOnA = nodeA.getBean(TenantAdmin.class);
        Merchant merchant = nodeA.getBean(TenantDirectory.class).merchantByMchNo(demo.mchNo()).orElseThrow();

        // node B has the merchant, its app, channels and whitelist cached
        assertThat(entry(merchantOnB, returnUri)).contains("/connect/oauth2/authorize");

        adminOnA.updateMerchant(merchant.id(), null, false);
        long disabledAfter = millisUntil(() -> entry(merchantOnB, returnUri).contains("MERCHANT_DISABLED"));
        adminOnA.updateMerchant(merchant.id(), null, true);
        long enabledAfter = millisUntil(() -> entry(merchantOnB, returnUri).contains("/connect/oauth2/authorize"));
        String appId = nodeA.getBean(TenantDirectory.class).appByAppId(demo.appId()).orElseThrow().id();
        adminOnA.setAppEnabled(appId, false);
        long appDisabledAfter = millisUntil(() -> entry(merchantOnB, returnUri).contains("APP_DISABLED"));
        adminOnA.setAppEnabled(appId, true);
        millisUntil(() -> entry(merchantOnB, returnUri).contains("/connect/oauth2/authorize"));

        for (WhitelistEntry allowed : nodeA.getBean(TenantDirectory.class).whitelist(merchant.id())) {
            adminOnA.removeWhitelistEntry(merchant.id(), allowed.id());
        }
        long removedAfter = millisUntil(() -> entry(merchantOnB, returnUri).contains("REDIRECT_NOT_ALLOWED"));

        System.out.printf("node B followed node A: disabled after %d ms, enabled after %d ms, app disabled after %d ms,"
                + " whitelist entry removed after %d ms%n", disabledAfter, enabledAfter, appDisabledAfter, removedAfter);
    }

    /** Where node B sends a browser for a freshly signed entry, or the body of the page it shows instead. */
    private static String entry(MerchantClient merchant, String returnUri) {
        Browser.Hop hop = Browser.wechat().get(merchant.authorizeUrl(returnUri, "base", "cache"));
        return hop.location() != null ? hop.location() : hop.status() + " " + hop.body();
    }

    /** Polls until the condition holds; fails when that takes longer than a second. */
    private static long millisUntil(java.util.function.BooleanSupplier condition) {
        long start = System.nanoTime();
        while (true) {
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            if (condition.getAsBoolean()) {
                return elapsed;
            }
            assertThat(elapsed).as("node B still serves the old configuration").isLessThan(WITHIN_MILLIS);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
