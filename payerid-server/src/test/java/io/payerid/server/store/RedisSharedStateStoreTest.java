package io.payerid.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The store contract on a real Redis, with two stores standing in for two gateway nodes. */
class RedisSharedStateStoreTest {

    private final List<LettuceConnectionFactory> factories = new ArrayList<>();
    private final List<RedisSharedStateStore> stores = new ArrayList<>();
    private final String prefix = "payerid-test:" + UUID.randomUUID() + ":";
    private RedisSharedStateStore nodeA;
    private RedisSharedStateStore nodeB;

    @BeforeEach
    void connect() {
        RedisAvailable.require();
        nodeA = node(RedisAvailable.URL);
        nodeB = node(RedisAvailable.URL);
    }

    @AfterEach
    void disconnect() {
        stores.forEach(RedisSharedStateStore::close);
        factories.forEach(LettuceConnectionFactory::destroy);
    }

    private RedisSharedStateStore node(String url) {
        return node(url, Duration.ofSeconds(5));
    }

    private RedisSharedStateStore node(String url, Duration lockLease) {
        LettuceConnectionFactory factory = StoreConfiguration.connectionFactory(url);
        factory.afterPropertiesSet();
        factory.start();
        factories.add(factory);
        RedisSharedStateStore store = new RedisSharedStateStore(new StringRedisTemplate(factory), prefix, lockLease,
                Duration.ofSeconds(10), Duration.ofMillis(10));
        stores.add(store);
        return store;
    }

    @Test
    void aNonceIsFirstUseOnlyAcrossNodesUntilItExpires() throws Exception {
        assertThat(nodeA.putIfAbsent("nonce:n1", "1", Duration.ofMillis(300))).isTrue();
        assertThat(nodeB.putIfAbsent("nonce:n1", "1", Duration.ofMillis(300))).isFalse();
        assertThat(nodeB.get("nonce:n1")).contains("1");
        Thread.sleep(450);
        assertThat(nodeB.get("nonce:n1")).isEmpty();
        assertThat(nodeB.putIfAbsent("nonce:n1", "2", Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void firstUseOrRetryWhenTheSameRequestOnAnotherNodeWithinTheGraceThenTrueElseFalse() throws Exception {
        Duration ttl = Duration.ofMinutes(1);
        Duration grace = Duration.ofMillis(400);
        assertThat(nodeA.firstUseOrRetry("nonce:app:r1", "req-a", ttl, grace)).isTrue();
        assertThat(nodeB.firstUseOrRetry("nonce:app:r1", "req-a", ttl, grace)).as("retry on another node").isTrue();
        assertThat(nodeB.firstUseOrRetry("nonce:app:r1", "req-b", ttl, grace)).as("other request").isFalse();
        Thread.sleep(600);
        assertThat(nodeB.firstUseOrRetry("nonce:app:r1", "req-a", ttl, grace)).as("after the grace").isFalse();
        assertThat(nodeA.firstUseOrRetry("nonce:app:r2", "req-a", ttl, Duration.ZERO)).isTrue();
        assertThat(nodeB.firstUseOrRetry("nonce:app:r2", "req-a", ttl, Duration.ZERO)).as("no grace").isFalse();
    }

    @Test
    void deleteIfEqualsKeepsANewerValue() {
        nodeA.put("token:wx1", "old", Duration.ofMinutes(1));
        nodeB.put("token:wx1", "new", Duration.ofMinutes(1));
        assertThat(nodeA.deleteIfEquals("token:wx1", "old")).isFalse();
        assertThat(nodeA.get("token:wx1")).contains("new");
        assertThat(nodeA.deleteIfEquals("token:wx1", "new")).isTrue();
        assertThat(nodeB.get("token:wx1")).isEmpty();
        nodeA.put("x", "1", Duration.ofMinutes(1));
        nodeA.delete("x");
        assertThat(nodeB.get("x")).isEmpty();
    }

    @Test
    void manyCallersOnTwoNodesRunTheLoaderOnce() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 64; i++) {
                RedisSharedStateStore node = i % 2 == 0 ? nodeA : nodeB;
                results.add(pool.submit(() -> {
                    start.await();
                    return node.computeIfAbsent("code:c1", Duration.ofMinutes(1), () -> {
                        loads.incrementAndGet();
                        sleep(200);
                        return "identity-" + loads.get();
                    });
                }));
            }
            start.countDown();
            for (Future<String> f : results) {
                assertThat(f.get()).isEqualTo("identity-1");
            }
        }
        assertThat(loads).hasValue(1);
    }

    @Test
    void computeIfAbsentWhenTheHolderDiesMidLoaderThenAnotherNodeTakesOverWithinALease() throws Exception {
        Duration lease = Duration.ofMillis(600);
        RedisSharedStateStore dying = node(RedisAvailable.URL, lease);
        RedisSharedStateStore survivor = node(RedisAvailable.URL, lease);
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            pool.submit(() -> dying.computeIfAbsent("code:dead", Duration.ofMinutes(1), () -> {
                loading.countDown();
                await(never); // the upstream call the node died in: it never returns
                return "from-the-dead";
            }));
            try {
                takeOver(dying, survivor, lease, loading);
            } finally {
                never.countDown();
            }
        }
        // The dead node's loader, had it ever returned, does not replace the stored result.
        assertThat(survivor.get("code:dead")).contains("from-the-survivor");
    }

    private static void takeOver(RedisSharedStateStore dying, RedisSharedStateStore survivor, Duration lease,
                                 CountDownLatch loading) throws InterruptedException {
            assertThat(loading.await(5, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(lease.toMillis() * 2); // the holder's heartbeat kept the lock past its first lease
            assertThat(survivor.get("lock:code:dead")).isPresent();
            dying.close(); // its heartbeat stops, as when the process is killed

            AtomicInteger survivorLoads = new AtomicInteger();
            long started = System.nanoTime();
            String value = survivor.computeIfAbsent("code:dead", Duration.ofMinutes(1), () -> {
                survivorLoads.incrementAndGet();
                return "from-the-survivor";
            });
            Duration waited = Duration.ofNanos(System.nanoTime() - started);

            assertThat(value).isEqualTo("from-the-survivor");
            assertThat(survivorLoads).hasValue(1);
            assertThat(waited).isLessThan(lease.plusMillis(500));
    }

    @Test
    void computeIfAbsentWhenALiveHolderIsSlowThenItKeepsTheLockAndTheLoaderRunsOnce() throws Exception {
        Duration lease = Duration.ofMillis(300);
        RedisSharedStateStore slow = node(RedisAvailable.URL, lease);
        RedisSharedStateStore waiting = node(RedisAvailable.URL, lease);
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch loading = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<String> holder = pool.submit(() -> slow.computeIfAbsent("code:slow", Duration.ofMinutes(1), () -> {
                loads.incrementAndGet();
                loading.countDown();
                sleep(lease.toMillis() * 3); // an upstream call of three leases
                return "slow-result";
            }));
            assertThat(loading.await(5, TimeUnit.SECONDS)).isTrue();
            String waited = waiting.computeIfAbsent("code:slow", Duration.ofMinutes(1), () -> {
                loads.incrementAndGet();
                return "taken-over";
            });
            assertThat(waited).isEqualTo("slow-result");
            assertThat(holder.get()).isEqualTo("slow-result");
        }
        assertThat(loads).hasValue(1);
        assertThat(waiting.get("lock:code:slow")).isEmpty();
    }

    @Test
    void aFailingLoaderStoresNothingAndTheNextCallerRetries() {
        assertThatThrownBy(() -> nodeA.computeIfAbsent("k", Duration.ofMinutes(1), () -> {
            throw new IllegalStateException("upstream down");
        })).hasMessage("upstream down");
        assertThat(nodeB.get("k")).isEmpty();
        assertThat(nodeB.get("lock:k")).isEmpty();
        assertThat(nodeB.computeIfAbsent("k", Duration.ofMinutes(1), () -> "ok")).isEqualTo("ok");
    }

    @Test
    void anUnreachableRedisIsAClearErrorNotAStackTrace() {
        RedisSharedStateStore down = node("redis://127.0.0.1:1/0");
        assertThatThrownBy(() -> down.putIfAbsent("n", "1", Duration.ofSeconds(1)))
                .isInstanceOf(PayerIdException.class)
                .extracting(e -> ((PayerIdException) e).code()).isEqualTo(ErrorCode.STORE_UNAVAILABLE);
    }

    @Test
    void firstUseWhenRedisAtMaxmemoryThenStoreFullAndOldNoncesStillRefused() {
        try (PrivateRedis redis = PrivateRedis.start("--maxmemory", "4mb", "--maxmemory-policy", "noeviction")) {
            RedisSharedStateStore small = node(redis.url());
            assertThat(small.firstUse("nonce:app:early", Duration.ofMinutes(10))).isTrue();
            String filler = "x".repeat(10_000);
            assertThatThrownBy(() -> {
                for (int i = 0; i < 10_000; i++) {
                    small.put("filler:" + i, filler, Duration.ofMinutes(10));
                }
            }).isInstanceOfSatisfying(PayerIdException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.STORE_FULL));
            // Over maxmemory Redis refuses even the SET NX of a replay (STORE_FULL); just under it, NX answers "used".
            // Either way the replay is refused, and the early nonce was not evicted to make room.
            assertThat(refused(() -> small.firstUse("nonce:app:early", Duration.ofMinutes(10)))).isTrue();
            assertThat(small.get("nonce:app:early")).isPresent();
        }
    }

    /** True when the first use was refused: answered "already used", or refused for want of memory. */
    private static boolean refused(java.util.function.BooleanSupplier firstUse) {
        try {
            return !firstUse.getAsBoolean();
        } catch (PayerIdException e) {
            return e.code() == ErrorCode.STORE_FULL;
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
