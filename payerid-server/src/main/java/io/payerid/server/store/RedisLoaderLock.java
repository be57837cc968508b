package io.payerid.server.store;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The cross-node lock of one loader run, held as a short lease: {@code SET NX PX lease} with a random
 * token, extended every lease/3 by a heartbeat while the holder's loader runs (compare-and-extend, so a
 * node never extends a lock another node took over), released with compare-and-delete. A node that dies
 * stops its heartbeat, so its lock lapses within one lease and a waiting node takes over, instead of the
 * payer's retry waiting out a long lock TTL. A live holder with a slow upstream call keeps its lock.
 */
final class RedisLoaderLock implements AutoCloseable {

    private static final RedisScript<Long> EXTEND_IF_EQUALS = new DefaultRedisScript<>(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end",
            Long.class);
    private static final RedisScript<Long> DELETE_IF_EQUALS = new DefaultRedisScript<>(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end", Long.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StringRedisTemplate redis;
    private final Duration lease;
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("payerid-lock-heartbeat").factory());

    RedisLoaderLock(StringRedisTemplate redis, Duration lease) {
        if (lease.toMillis() < 3) {
            throw new IllegalArgumentException("the lock lease must be at least 3 ms");
        }
        this.redis = redis;
        this.lease = lease;
    }

    /**
     * Takes the lock with {@code SET NX PX lease}; empty when another caller holds it. The lease is renewed
     * until it is closed.
     */
    Optional<Lease> tryAcquire(String key) {
        String token = randomToken();
        if (!Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(key, token, lease))) {
            return Optional.empty();
        }
        long period = Math.max(1, lease.toMillis() / 3);
        try {
            ScheduledFuture<?> heartbeat = heartbeats.scheduleAtFixedRate(() -> extend(key, token), period, period,
                    TimeUnit.MILLISECONDS);
            return Optional.of(new Lease(key, token, heartbeat));
        } catch (RejectedExecutionException e) {
            redis.execute(DELETE_IF_EQUALS, List.of(key), token);
            throw new PayerIdException(ErrorCode.STORE_UNAVAILABLE, "this node is shutting down");
        }
    }

    private void extend(String key, String token) {
        try {
            redis.execute(EXTEND_IF_EQUALS, List.of(key), token, Long.toString(lease.toMillis()));
        } catch (RuntimeException e) {
            // A missed beat is retried at the next one; if Redis stays away the lease lapses, as it must.
        }
    }

    /** Stops every heartbeat: this node's leases lapse within one lease (a node that stops, or dies, this way). */
    @Override
    public void close() {
        heartbeats.shutdownNow();
    }

    private static String randomToken() {
        byte[] raw = new byte[16];
        RANDOM.nextBytes(raw);
        return HexFormat.of().formatHex(raw);
    }

    /** One held lease. Closing stops its heartbeat, then deletes the lock only if it is still ours. */
    final class Lease implements AutoCloseable {

        private final String key;
        private final String token;
        private final ScheduledFuture<?> heartbeat;

        private Lease(String key, String token, ScheduledFuture<?> heartbeat) {
            this.key = key;
            this.token = token;
            this.heartbeat = heartbeat;
        }

        @Override
        public void close() {
            heartbeat.cancel(false);
            try {
                redis.execute(DELETE_IF_EQUALS, List.of(key), token);
            } catch (RuntimeException e) {
                // Redis away: the unrenewed lease lapses by itself; the loader's own outcome matters more.
            }
        }
    }
}
