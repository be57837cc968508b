package io.payerid.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.tenant.cache.TenantChange;
import io.payerid.server.support.FaultProxy;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/** Tenant changes over a real Redis: delivered to the other node, and a lost subscription drops everything. */
class RedisTenantChangesTest {

    private final String keyPrefix = "payerid-test:" + UUID.randomUUID() + ":";
    private final List<TenantChange> heardByA = new CopyOnWriteArrayList<>();
    private final List<TenantChange> heardByB = new CopyOnWriteArrayList<>();
    private FaultProxy proxy;
    private LettuceConnectionFactory factoryA;
    private LettuceConnectionFactory factoryB;
    private RedisTenantChanges nodeA;
    private RedisTenantChanges nodeB;

    @BeforeEach
    void connect() {
        RedisAvailable.require();
        URI redis = URI.create(RedisAvailable.URL);
        proxy = FaultProxy.to(redis.getHost(), redis.getPort() < 0 ? 6379 : redis.getPort());
        factoryA = started(RedisAvailable.URL);
        factoryB = started("redis://127.0.0.1:" + proxy.port() + redis.getPath());
        nodeA = RedisTenantChanges.connect(factoryA, keyPrefix);
        nodeB = RedisTenantChanges.connect(factoryB, keyPrefix);
        nodeA.subscribe(heardByA::add);
        nodeB.subscribe(heardByB::add);
        // B's first "subscribed" notice (drop everything) arrives on its event loop and can come after connect
        // returns; a message from A is delivered after it on the same connection, so once B hears one, any
        // later "everything" B hears is a resubscription.
        TenantChange ready = new TenantChange(TenantChange.Scope.APP, "ready-" + System.nanoTime());
        nodeA.publish(ready);
        awaitHeard(heardByB, ready, 3000);
        heardByA.clear();
        heardByB.clear();
    }

    @AfterEach
    void close() {
        for (AutoCloseable closing : new AutoCloseable[] {nodeA, nodeB}) {
            try {
                if (closing != null) {
                    closing.close();
                }
            } catch (Exception ignored) {
                // best effort
            }
        }
        if (factoryA != null) {
            factoryA.destroy();
        }
        if (factoryB != null) {
            factoryB.destroy();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void publishWhenNodeAWritesThenAHearsAtOnceAndBWithinASecond() {
        TenantChange disabled = new TenantChange(TenantChange.Scope.MERCHANT, "m1");

        nodeA.publish(disabled);

        assertThat(heardByA).contains(disabled);
        awaitHeard(heardByB, disabled, 1000);
    }

    @Test
    void subscriptionWhenConnectionResetThenEverythingDroppedOnceBack() {
        proxy.reset();
        sleep(300);
        proxy.forward();

        // Lettuce reconnects within its 1 s back-off, resubscribes, and the node drops its cache
        awaitHeard(heardByB, TenantChange.everything(), 3000);
        // and changes flow again afterwards (the 1 s promise is for a healthy link, tested above; right after a
        // reconnect the event loop may still be busy, so allow more rather than flake on a loaded machine)
        TenantChange after = new TenantChange(TenantChange.Scope.WHITELIST, "m1");
        nodeA.publish(after);
        awaitHeard(heardByB, after, 3000);
    }

    @Test
    void publishWhenRedisUnreachableThenLocalSubscribersStillHearAndNothingThrows() {
        proxy.reset();
        TenantChange change = new TenantChange(TenantChange.Scope.APP, "a1");

        nodeB.publish(change);

        assertThat(heardByB).contains(change);
        proxy.forward();
    }

    private static void awaitHeard(List<TenantChange> heard, TenantChange expected, long withinMillis) {
        long deadline = System.nanoTime() + withinMillis * 1_000_000L;
        while (!heard.contains(expected)) {
            assertThat(System.nanoTime()).as("not heard within " + withinMillis + " ms: " + expected).isLessThan(deadline);
            sleep(5);
        }
    }

    private static LettuceConnectionFactory started(String url) {
        LettuceConnectionFactory factory = StoreConfiguration.connectionFactory(url);
        factory.afterPropertiesSet();
        factory.start();
        return factory;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
