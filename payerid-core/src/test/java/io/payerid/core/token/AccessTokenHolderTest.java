package io.payerid.core.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.store.InProcessSharedStateStore;
import io.payerid.core.tenant.Secret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AccessTokenHolderTest {

    private static final Secret SECRET = Secret.of("app-secret");
    private static final Duration MARGIN = Duration.ofMinutes(5);

    private final MovableClock clock = new MovableClock();
    private final CountingSource stable = new CountingSource("S", Duration.ofSeconds(7200));
    private final CountingSource classic = new CountingSource("C", Duration.ofSeconds(7200));
    private final AccessTokenHolder holder = new AccessTokenHolder(new InProcessSharedStateStore(), clock, MARGIN,
            Map.of(TokenMode.STABLE, stable, TokenMode.CLASSIC, classic));

    @Test
    void aTokenIsReusedUntilTheMarginBeforeItsExpiry() {
        AccessToken first = holder.current("wx1", SECRET, TokenMode.STABLE);
        clock.advance(Duration.ofSeconds(100));
        AccessToken reused = holder.current("wx1", SECRET, TokenMode.STABLE);
        clock.advance(Duration.ofSeconds(6799)); // 6899 s after the fetch: 1 s before the margin starts
        AccessToken stillReused = holder.current("wx1", SECRET, TokenMode.STABLE);
        clock.advance(Duration.ofSeconds(1));
        AccessToken replaced = holder.current("wx1", SECRET, TokenMode.STABLE);

        assertThat(first.value()).isEqualTo("S1");
        assertThat(first.expiresIn()).isEqualTo(Duration.ofSeconds(7200));
        assertThat(reused.value()).isEqualTo("S1");
        assertThat(reused.expiresIn()).as("what is left of it").isEqualTo(Duration.ofSeconds(7100));
        assertThat(stillReused.value()).isEqualTo("S1");
        assertThat(stillReused.expiresIn()).isEqualTo(Duration.ofSeconds(301));
        assertThat(replaced.value()).isEqualTo("S2");
        assertThat(stable.fetches()).isEqualTo(2);
        assertThat(stable.forcedFetches()).isZero();
    }

    @Test
    void aShortLivedTokenIsKeptForHalfItsLifeRatherThanRefetchedAtOnce() {
        stable.lifetime.set(Duration.ofSeconds(300));
        holder.current("wx1", SECRET, TokenMode.STABLE);
        clock.advance(Duration.ofSeconds(149));
        assertThat(holder.current("wx1", SECRET, TokenMode.STABLE).value()).isEqualTo("S1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(holder.current("wx1", SECRET, TokenMode.STABLE).value()).isEqualTo("S2");
    }

    @Test
    void theModeChoosesTheSourceAndEachAppidHasItsOwnToken() {
        assertThat(holder.current("wx1", SECRET, TokenMode.CLASSIC).value()).isEqualTo("C1");
        assertThat(holder.current("wx2", SECRET, TokenMode.STABLE).value()).isEqualTo("S1");
        assertThat(holder.current("wx1", SECRET, TokenMode.CLASSIC).value()).isEqualTo("C1");
        assertThat(classic.fetches()).isEqualTo(1);
        assertThat(stable.fetches()).isEqualTo(1);
    }

    @Test
    void invalidatingDropsTheRejectedTokenButNeverAFresherOne() {
        String rejected = holder.current("wx1", SECRET, TokenMode.STABLE).value();

        assertThat(holder.invalidate("wx1", rejected)).isTrue();
        String fresh = holder.current("wx1", SECRET, TokenMode.STABLE).value();
        // A slow caller still holding the old token reports it rejected too: the fresh one must survive.
        assertThat(holder.invalidate("wx1", rejected)).isFalse();

        assertThat(fresh).isEqualTo("S2");
        assertThat(holder.current("wx1", SECRET, TokenMode.STABLE).value()).isEqualTo("S2");
        assertThat(stable.fetches()).isEqualTo(2);
        assertThat(holder.invalidate("wx-unknown", rejected)).isFalse();
    }

    @Test
    void onlyTokenErrcodesTriggerAPassiveRefresh() {
        String used = holder.current("wx1", SECRET, TokenMode.STABLE).value();

        assertThat(holder.onRejection("wx1", used, 40003)).isFalse();
        assertThat(holder.onRejection("wx1", used, 89300)).isFalse();
        assertThat(holder.current("wx1", SECRET, TokenMode.STABLE).value()).isEqualTo("S1");

        for (int errcode : List.of(42001, 40001, 40014)) {
            String current = holder.current("wx1", SECRET, TokenMode.STABLE).value();
            assertThat(holder.onRejection("wx1", current, errcode)).as("errcode %d", errcode).isTrue();
        }
        assertThat(holder.current("wx1", SECRET, TokenMode.STABLE).value()).isEqualTo("S4");
        assertThat(holder.onRejection("wx1", "S1", 40001)).as("stale report, still worth a retry").isTrue();
        assertThat(holder.current("wx1", SECRET, TokenMode.STABLE).value()).isEqualTo("S4");
    }

    @Test
    void aFailedFetchStoresNothingAndReachesTheCaller() {
        stable.failNext(new PayerIdException(ErrorCode.UPSTREAM_UNAVAILABLE, "WeChat is busy (errcode -1)"));

        assertThatThrownBy(() -> holder.current("wx1", SECRET, TokenMode.STABLE))
                .isInstanceOfSatisfying(PayerIdException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE));
        AccessToken next = holder.current("wx1", SECRET, TokenMode.STABLE);

        assertThat(next.value()).as("the failure was not cached").isEqualTo("S2");
        assertThat(stable.fetches()).isEqualTo(2);
    }

    @Test
    void manyConcurrentCallersShareOneFetch() throws Exception {
        stable.delay.set(Duration.ofMillis(100));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 64; i++) {
                results.add(threads.submit(() -> {
                    start.await();
                    return holder.current("wx1", SECRET, TokenMode.STABLE).value();
                }));
            }
            start.countDown();
            Set<String> tokens = results.stream().map(AccessTokenHolderTest::join).collect(Collectors.toSet());
            assertThat(tokens).containsExactly("S1");
        }
        assertThat(stable.fetches()).isEqualTo(1);
    }

    @Test
    void theTokenNeverAppearsInToString() {
        AccessToken token = holder.current("wx1", SECRET, TokenMode.STABLE);
        assertThat(token.toString()).doesNotContain("S1").contains("******");
    }

    private static String join(Future<String> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** An upstream that numbers its tokens and counts the calls. */
    private static final class CountingSource implements AccessTokenSource {
        private final String prefix;
        private final AtomicInteger fetches = new AtomicInteger();
        private final AtomicInteger forced = new AtomicInteger();
        private final AtomicReference<Duration> lifetime;
        private final AtomicReference<Duration> delay = new AtomicReference<>(Duration.ZERO);
        private final AtomicReference<RuntimeException> nextFailure = new AtomicReference<>();

        CountingSource(String prefix, Duration lifetime) {
            this.prefix = prefix;
            this.lifetime = new AtomicReference<>(lifetime);
        }

        @Override
        public AccessToken fetch(String appId, Secret secret, boolean forceRefresh) {
            int n = fetches.incrementAndGet();
            if (forceRefresh) {
                forced.incrementAndGet();
            }
            sleep(delay.get());
            RuntimeException failure = nextFailure.getAndSet(null);
            if (failure != null) {
                throw failure;
            }
            return new AccessToken(prefix + n, lifetime.get());
        }

        void failNext(RuntimeException failure) {
            nextFailure.set(failure);
        }

        int fetches() {
            return fetches.get();
        }

        int forcedFetches() {
            return forced.get();
        }

        private static void sleep(Duration duration) {
            try {
                Thread.sleep(duration);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2025-01-01T00:00:00Z"));

        void advance(Duration duration) {
            now.updateAndGet(instant -> instant.plus(duration));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
