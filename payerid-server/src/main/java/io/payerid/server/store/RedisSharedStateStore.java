package io.payerid.server.store;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.store.SharedStateStore;
import io.payerid.core.store.SingleFlight;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * {@link SharedStateStore} on Redis, for several gateway nodes. Single flight works at two levels:
 * inside a node, callers of one key share one future (one thread talks to Redis); across nodes, the
 * node that wins the loader lock ({@link RedisLoaderLock}: a short lease its heartbeat renews) runs the
 * loader while the others poll for its result; a node that dies mid-loader stops renewing, and a waiting
 * node takes over within one lease. If the
 * winner's loader fails it stores nothing and releases the lock, and a waiting node then runs the
 * loader itself — across nodes a failure is retried rather than shared.
 * <p>
 * Nothing is forgotten before its TTL as long as Redis runs with {@code maxmemory-policy noeviction}
 * (checked at startup by {@link RedisEvictionPolicyCheck}); a full Redis then refuses writes, reported
 * as {@code STORE_FULL}. An unreachable or slow Redis (command timeout) is {@code STORE_UNAVAILABLE}.
 */
public final class RedisSharedStateStore implements SharedStateStore, AutoCloseable {

    private static final RedisScript<Long> DELETE_IF_EQUALS = new DefaultRedisScript<>(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end", Long.class);

    /**
     * The nonce and its retry marker in one step, so no node can die between them: SET NX the nonce; when set,
     * also the marker (the exact request) for the grace; when the nonce was used, true only if the marker is there.
     */
    private static final RedisScript<Long> FIRST_USE_OR_RETRY = new DefaultRedisScript<>("""
            if redis.call('set', KEYS[1], '1', 'NX', 'PX', ARGV[1]) then
              if tonumber(ARGV[2]) > 0 then redis.call('set', KEYS[2], '1', 'PX', ARGV[2]) end
              return 1
            end
            if tonumber(ARGV[2]) > 0 and redis.call('exists', KEYS[2]) == 1 then return 1 end
            return 0""", Long.class);

    private final StringRedisTemplate redis;
    private final String prefix;
    private final RedisLoaderLock locks;
    private final Duration lockWait;
    private final Duration pollInterval;
    private final SingleFlight singleFlight = new SingleFlight();

    /**
     * @param prefix       namespace of every key (several deployments can share one Redis)
     * @param lockLease    how long a loader lock outlives its holder's last heartbeat (renewed every lease/3
     *                     while the loader runs): how soon another node takes over from a dead one
     * @param lockWait     how long a caller waits for another node's running loader before STORE_UNAVAILABLE
     * @param pollInterval how often waiting nodes look for the winner's result
     */
    public RedisSharedStateStore(StringRedisTemplate redis, String prefix, Duration lockLease, Duration lockWait,
                                 Duration pollInterval) {
        this.redis = redis;
        this.prefix = prefix;
        this.locks = new RedisLoaderLock(redis, lockLease);
        this.lockWait = lockWait;
        this.pollInterval = pollInterval;
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        return Boolean.TRUE.equals(call(() -> redis.opsForValue().setIfAbsent(prefix + key, value, ttl)));
    }

    @Override
    public boolean firstUseOrRetry(String key, String request, Duration ttl, Duration retryGrace) {
        long graceMillis = Math.max(0, retryGrace.toMillis());
        Long accepted = call(() -> redis.execute(FIRST_USE_OR_RETRY,
                List.of(prefix + key, prefix + RETRY_PREFIX + key + ":" + request),
                Long.toString(ttl.toMillis()), Long.toString(graceMillis)));
        return accepted != null && accepted == 1L;
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(call(() -> redis.opsForValue().get(prefix + key)));
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        call(() -> {
            redis.opsForValue().set(prefix + key, value, ttl);
            return null;
        });
    }

    @Override
    public void delete(String key) {
        call(() -> redis.delete(prefix + key));
    }

    @Override
    public boolean deleteIfEquals(String key, String expectedValue) {
        Long deleted = call(() -> redis.execute(DELETE_IF_EQUALS, List.of(prefix + key), expectedValue));
        return deleted != null && deleted == 1L;
    }

    @Override
    public String computeIfAbsent(String key, Duration ttl, Supplier<String> loader) {
        Optional<String> existing = get(key);
        if (existing.isPresent()) {
            return existing.get();
        }
        return singleFlight.run(key, () -> computeAcrossNodes(key, ttl, loader));
    }

    private String computeAcrossNodes(String key, Duration ttl, Supplier<String> loader) {
        String lockKey = prefix + "lock:" + key;
        long deadline = System.nanoTime() + lockWait.toNanos();
        while (true) {
            Optional<String> existing = get(key);
            if (existing.isPresent()) {
                return existing.get();
            }
            Optional<RedisLoaderLock.Lease> lease = call(() -> locks.tryAcquire(lockKey));
            if (lease.isPresent()) {
                try (RedisLoaderLock.Lease held = lease.get()) {
                    // Re-check: the previous holder may have stored the value just before releasing.
                    return get(key).orElseGet(() -> store(key, loader.get(), ttl));
                }
            }
            if (System.nanoTime() > deadline) {
                throw new PayerIdException(ErrorCode.STORE_UNAVAILABLE, "timed out waiting for another node to compute " + key);
            }
            pause();
        }
    }

    /**
     * Stored before the lease is released, so a waiter never finds the lock gone and no value. First stored
     * wins: a holder that lost its lease (paused past it) and finished after a taker-over keeps the result
     * every other caller already got.
     */
    private String store(String key, String loaded, Duration ttl) {
        if (putIfAbsent(key, loaded, ttl)) {
            return loaded;
        }
        return get(key).orElse(loaded);
    }

    private void pause() {
        try {
            Thread.sleep(pollInterval);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PayerIdException(ErrorCode.STORE_UNAVAILABLE, "interrupted while waiting for another node");
        }
    }

    private static <T> T call(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (DataAccessException | RedisException e) {
            if (outOfMemory(e)) {
                // maxmemory reached under noeviction: Redis refuses the write rather than forget keys; so do we.
                throw new PayerIdException(ErrorCode.STORE_FULL, "the shared state store (Redis) is at its maxmemory", e);
            }
            throw new PayerIdException(ErrorCode.STORE_UNAVAILABLE, "the shared state store could not be reached", e);
        }
    }

    /** Redis answers a write over {@code maxmemory} with an error starting "OOM". */
    private static boolean outOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RedisCommandExecutionException && t.getMessage() != null && t.getMessage().startsWith("OOM")) {
                return true;
            }
        }
        return false;
    }

    /** Stops renewing this node's loader locks (shutdown): other nodes take over within one lease. */
    @Override
    public void close() {
        locks.close();
    }
}
