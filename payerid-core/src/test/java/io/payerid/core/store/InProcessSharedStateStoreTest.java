package io.payerid.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class InProcessSharedStateStoreTest {

    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;
    private final InProcessSharedStateStore store = new InProcessSharedStateStore(1000, ticker);

    @Test
    void putIfAbsentIsFirstWriterWinsUntilExpiry() {
        assertThat(store.putIfAbsent("nonce:a", "1", Duration.ofSeconds(10))).isTrue();
        assertThat(store.putIfAbsent("nonce:a", "2", Duration.ofSeconds(10))).isFalse();
        assertThat(store.get("nonce:a")).contains("1");
        nanos.addAndGet(Duration.ofSeconds(11).toNanos());
        assertThat(store.get("nonce:a")).isEmpty();
        assertThat(store.putIfAbsent("nonce:a", "3", Duration.ofSeconds(10))).isTrue();
    }

    @Test
    void firstUseOrRetryWhenTheSameRequestWithinTheGraceThenTrueElseFalse() {
        Duration ttl = Duration.ofMinutes(10);
        Duration grace = Duration.ofSeconds(5);
        assertThat(store.firstUseOrRetry("nonce:app:n1", "req-a", ttl, grace)).isTrue();
        assertThat(store.firstUseOrRetry("nonce:app:n1", "req-a", ttl, grace)).as("retry").isTrue();
        assertThat(store.firstUseOrRetry("nonce:app:n1", "req-b", ttl, grace)).as("other request").isFalse();
        assertThat(store.firstUse("nonce:app:n1", ttl)).as("the nonce itself is used").isFalse();
        nanos.addAndGet(Duration.ofSeconds(6).toNanos());
        assertThat(store.firstUseOrRetry("nonce:app:n1", "req-a", ttl, grace)).as("after the grace").isFalse();
        assertThat(store.firstUseOrRetry("nonce:app:n2", "req-a", ttl, Duration.ZERO)).isTrue();
        assertThat(store.firstUseOrRetry("nonce:app:n2", "req-a", ttl, Duration.ZERO)).as("no grace").isFalse();
    }

    @Test
    void entriesHaveTheirOwnTimeToLive() {
        store.put("short", "s", Duration.ofSeconds(1));
        store.put("long", "l", Duration.ofSeconds(100));
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(store.get("short")).isEmpty();
        assertThat(store.get("long")).contains("l");
        store.delete("long");
        assertThat(store.get("long")).isEmpty();
    }

    @Test
    void deleteIfEqualsOnlyDropsTheValueTheCallerSaw() {
        store.put("token:wx1", "old", Duration.ofMinutes(5));
        assertThat(store.deleteIfEquals("token:wx1", "older")).isFalse();
        assertThat(store.get("token:wx1")).contains("old");

        assertThat(store.deleteIfEquals("token:wx1", "old")).isTrue();
        assertThat(store.get("token:wx1")).isEmpty();
        assertThat(store.deleteIfEquals("token:wx1", "old")).as("already gone").isFalse();

        store.put("token:wx1", "new", Duration.ofMinutes(5));
        assertThat(store.deleteIfEquals("token:wx1", "old")).as("a newer value survives").isFalse();
        assertThat(store.get("token:wx1")).contains("new");
    }

    @Test
    void computeIfAbsentRunsTheLoaderOnceForManyConcurrentCallers() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        int callers = 64;
        List<Future<String>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return store.computeIfAbsent("code:x", Duration.ofMinutes(5), () -> {
                        loads.incrementAndGet();
                        sleep(100);
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
    void aFailingLoaderStoresNothingAndReachesTheCaller() {
        assertThatThrownBy(() -> store.computeIfAbsent("k", Duration.ofMinutes(1), () -> {
            throw new IllegalStateException("upstream down");
        })).isInstanceOf(IllegalStateException.class).hasMessage("upstream down");
        assertThat(store.get("k")).isEmpty();
        assertThat(store.computeIfAbsent("k", Duration.ofMinutes(1), () -> "ok")).isEqualTo("ok");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void firstUseWhenStoreAtItsBoundThenOldNoncesStillRefused() {
        InProcessSharedStateStore small = new InProcessSharedStateStore(
                new StoreCapacity(50, Duration.ofSeconds(30), 10, java.util.Map.of()), ticker);
        for (int i = 0; i < 50; i++) {
            assertThat(small.firstUse("nonce:app:" + i, Duration.ofMinutes(10))).isTrue();
        }
        assertThatThrownBy(() -> small.firstUse("nonce:app:flood", Duration.ofMinutes(10)))
                .isInstanceOfSatisfying(io.payerid.core.error.PayerIdException.class,
                        e -> assertThat(e.code()).isEqualTo(io.payerid.core.error.ErrorCode.STORE_FULL));
        assertThat(small.firstUse("nonce:app:0", Duration.ofMinutes(10))).as("the oldest nonce is not forgotten").isFalse();
    }

    @Test
    void putIfAbsentWhenOneSpaceFullThenOtherSpacesUnaffectedAndNothingEvicted() {
        store.put("oauth-code:wx:c1", "identity", Duration.ofMinutes(10));
        for (int i = 0; i < 1000; i++) {
            assertThat(store.putIfAbsent("flow:" + i, "f", Duration.ofMinutes(10))).isTrue();
        }
        assertThatThrownBy(() -> store.putIfAbsent("flow:one-more", "f", Duration.ofMinutes(10)))
                .isInstanceOfSatisfying(io.payerid.core.error.PayerIdException.class,
                        e -> assertThat(e.code()).isEqualTo(io.payerid.core.error.ErrorCode.STORE_FULL));
        assertThat(store.get("flow:0")).contains("f");
        assertThat(store.get("oauth-code:wx:c1")).contains("identity");
        assertThat(store.putIfAbsent("oauth-code:wx:c2", "other", Duration.ofMinutes(10))).isTrue();
        store.put("flow:0", "replaced", Duration.ofMinutes(10));
        assertThat(store.get("flow:0")).contains("replaced");
    }

    @Test
    void putIfAbsentWhenFullSpaceEntriesExpireThenRoomAgain() {
        for (int i = 0; i < 1000; i++) {
            store.put("ticket:" + i, "t", Duration.ofSeconds(5));
        }
        nanos.addAndGet(Duration.ofSeconds(6).toNanos());
        assertThat(store.putIfAbsent("ticket:new", "t", Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void computeIfAbsentWhenSpaceFullThenLoaderNeverRuns() {
        for (int i = 0; i < 1000; i++) {
            store.put("oauth-code:" + i, "x", Duration.ofMinutes(10));
        }
        AtomicInteger redeemed = new AtomicInteger();
        assertThatThrownBy(() -> store.computeIfAbsent("oauth-code:new", Duration.ofMinutes(10), () -> {
            redeemed.incrementAndGet();
            return "identity";
        })).isInstanceOfSatisfying(io.payerid.core.error.PayerIdException.class,
                e -> assertThat(e.code()).isEqualTo(io.payerid.core.error.ErrorCode.STORE_FULL));
        assertThat(redeemed).hasValue(0);
    }
}
