package io.payerid.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TimeBucketedFingerprintSetTest {

    private static final Duration TTL = Duration.ofMinutes(10);

    private final AtomicLong nanos = new AtomicLong(-5_000_000_000L);
    private final Ticker ticker = nanos::get;

    @Test
    void addWhenKeyRepeatedWithinTtlThenRefused() {
        TimeBucketedFingerprintSet set = new TimeBucketedFingerprintSet(1000, Duration.ofSeconds(30), ticker);
        assertThat(set.add("nonce:a:1", TTL)).isTrue();
        advance(TTL.minusSeconds(1));
        assertThat(set.add("nonce:a:1", TTL)).isFalse();
        assertThat(set.contains("nonce:a:1")).isTrue();
    }

    @Test
    void addWhenTtlAndItsSliceHavePassedThenAcceptedAgain() {
        TimeBucketedFingerprintSet set = new TimeBucketedFingerprintSet(1000, Duration.ofSeconds(30), ticker);
        set.add("nonce:a:1", TTL);
        advance(TTL.plusSeconds(30));
        assertThat(set.size()).isZero();
        assertThat(set.add("nonce:a:1", TTL)).isTrue();
    }

    @Test
    void addWhenCapacityReachedThenStoreFullAndOldKeysStillRefused() {
        TimeBucketedFingerprintSet set = new TimeBucketedFingerprintSet(100, Duration.ofSeconds(30), ticker);
        for (int i = 0; i < 100; i++) {
            assertThat(set.add("nonce:a:" + i, TTL)).isTrue();
            advance(Duration.ofSeconds(1));
        }
        assertThatThrownBy(() -> set.add("nonce:a:fresh", TTL))
                .isInstanceOfSatisfying(PayerIdException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.STORE_FULL));
        for (int i = 0; i < 100; i++) {
            assertThat(set.add("nonce:a:" + i, TTL)).as("nonce %d still remembered", i).isFalse();
        }
    }

    @Test
    void addWhenOldestSliceExpiresThenRoomForNewKeysWithoutForgettingYoungerOnes() {
        TimeBucketedFingerprintSet set = new TimeBucketedFingerprintSet(2, Duration.ofSeconds(30), ticker);
        set.add("nonce:a:old", TTL);
        advance(Duration.ofMinutes(5));
        set.add("nonce:a:young", TTL);
        advance(Duration.ofMinutes(5).plusSeconds(30));
        assertThat(set.add("nonce:a:new", TTL)).isTrue();
        assertThat(set.add("nonce:a:young", TTL)).isFalse();
    }

    @Test
    void addWhenManyKeysThenEveryOneRememberedAcrossGrowth() {
        TimeBucketedFingerprintSet set = new TimeBucketedFingerprintSet(1_000_000, Duration.ofSeconds(30), ticker);
        for (int i = 0; i < 200_000; i++) {
            assertThat(set.add("nonce:a:" + i, TTL)).isTrue();
        }
        for (int i = 0; i < 200_000; i++) {
            assertThat(set.contains("nonce:a:" + i)).isTrue();
        }
        assertThat(set.size()).isEqualTo(200_000);
        assertThat(set.bytes()).isLessThan(200_000L * 16);
    }

    @Test
    void addWhenABurstIsFollowedByAQuietRateThenNewSlicesAreSizedForTheQuietRate() {
        // A 30 s burst of 100,000 nonces, then 20 slices at 100 nonces each: every new slice used to be
        // pre-sized like the fullest live one (the burst's), 20 x ~1 MB for 2,000 nonces, which filled the
        // documented 112 MB heap after a benchmark's redirect phase and slowed everything after it. Now only
        // the slice right after the burst is sized like it (the rate it just saw), the others for 100.
        TimeBucketedFingerprintSet set = new TimeBucketedFingerprintSet(10_000_000, Duration.ofSeconds(30), ticker);
        for (int i = 0; i < 100_000; i++) {
            set.add("nonce:burst:" + i, TTL);
        }
        long afterBurst = set.bytes();
        for (int slice = 0; slice < 20; slice++) {
            advance(Duration.ofSeconds(30));
            for (int i = 0; i < 100; i++) {
                assertThat(set.add("nonce:quiet:" + slice + ":" + i, TTL)).isTrue();
            }
        }
        assertThat(set.size()).isEqualTo(102_000);
        assertThat(set.bytes() - afterBurst).as("bytes for the 2,000 quiet nonces")
                .isLessThan(afterBurst + 2 * 20 * 1024 * Long.BYTES);
        assertThat(set.contains("nonce:burst:99999")).isTrue();
    }

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }
}
