package io.payerid.server.ratelimit;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.payerid.core.ratelimit.RateDecision;
import io.payerid.core.ratelimit.RateLimit;
import io.payerid.core.ratelimit.RateLimiter;
import io.payerid.core.ratelimit.TokenBuckets;
import io.payerid.server.store.RedisFailures;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Token buckets in Redis through Bucket4j's Lettuce integration (compare-and-swap), so every node takes
 * from the same bucket. One connection, shared by all threads (Lettuce multiplexes it), made on first use. A
 * bucket's key expires once the bucket would be full again, so idle clients leave nothing behind.
 *
 * <p>While Redis cannot be reached the limits are kept per node, in {@code fallback}: a limit is a protection,
 * and refusing every request because the limiter's store is down would turn a Redis blip into an outage of its
 * own (the requests that need Redis for their nonce or code still fail closed there, each in its dialect).
 * A failure that is not an error reply from Redis itself (a timeout, bytes that are no reply) also discards the
 * connection: it may be out of step with Redis for good, and the next attempt connects afresh.
 */
public final class RedisRateLimiter implements RateLimiter, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisRateLimiter.class);
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(2);
    /**
     * How long one check may wait for Redis before this request is limited per node instead: a limiter is a
     * protection, not a reason to keep a payer waiting the store's whole command timeout before its own store
     * call (a nonce, a code) waits again. A check is one or two round trips to a nearby Redis.
     */
    private static final Duration CHECK_BUDGET = Duration.ofMillis(500);
    private static final long RECONNECT_PAUSE_NANOS = Duration.ofSeconds(1).toNanos();

    private final Supplier<RedisClient> client;
    private final boolean ownsClient;
    private final String prefix;
    private final RateLimiter fallback;
    private final AtomicBoolean degraded = new AtomicBoolean();
    private volatile StatefulRedisConnection<String, byte[]> connection;
    private volatile ProxyManager<String> buckets;
    private volatile long nextConnectAttempt;
    private volatile long nextRedisAttempt;

    /**
     * @param client   the shared store's client (its fast-failing timeouts and reconnects apply here too), asked for
     *                 on first use because the connection factory creates it when it starts; not closed here
     * @param prefix   namespace of every bucket key (the shared store's prefix plus {@code rate:})
     * @param fallback where buckets live while Redis is unreachable
     */
    public RedisRateLimiter(Supplier<RedisClient> client, String prefix, RateLimiter fallback) {
        this(client, false, prefix, fallback);
    }

    /** A limiter with a client of its own for {@code redisUrl}, closed with it. */
    public RedisRateLimiter(String redisUrl, String prefix, RateLimiter fallback) {
        this(ownClient(redisUrl), true, prefix, fallback);
    }

    private RedisRateLimiter(Supplier<RedisClient> client, boolean ownsClient, String prefix, RateLimiter fallback) {
        this.client = client;
        this.ownsClient = ownsClient;
        this.prefix = prefix;
        this.fallback = fallback;
    }

    private static Supplier<RedisClient> ownClient(String redisUrl) {
        RedisURI uri = RedisURI.create(redisUrl);
        uri.setTimeout(COMMAND_TIMEOUT);
        RedisClient own = RedisClient.create(uri);
        return () -> own;
    }

    @Override
    public RateDecision tryConsume(String key, RateLimit limit) {
        ProxyManager<String> shared = buckets();
        if (shared == null || System.nanoTime() < nextRedisAttempt) {
            // Down, or failed within the last second: a paused Redis must not cost every request a command timeout
            // here before its own store call pays another one.
            return fallback.tryConsume(key, limit);
        }
        try {
            RateDecision decision = TokenBuckets.decision(shared.asAsync().builder()
                    .build(prefix + TokenBuckets.bucketKey(key, limit), TokenBuckets.configuration(limit))
                    .tryConsumeAndReturnRemaining(1)
                    .get(CHECK_BUDGET.toMillis(), TimeUnit.MILLISECONDS));
            if (degraded.compareAndSet(true, false)) {
                log.info("Rate limits are shared through Redis again");
            }
            return decision;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fallback.tryConsume(key, limit);
        } catch (RedisException | ExecutionException | TimeoutException e) {
            nextRedisAttempt = System.nanoTime() + RECONNECT_PAUSE_NANOS;
            if (!RedisFailures.isServerReply(e)) {
                discard(shared);
            }
            if (degraded.compareAndSet(false, true)) {
                log.warn("Redis unreachable for rate limits ({}): limiting per node until it is back", e.getClass().getSimpleName());
            }
            return fallback.tryConsume(key, limit);
        }
    }

    /** The shared buckets, connecting on first use and after a failed connect at most once a second; null while down. */
    private ProxyManager<String> buckets() {
        ProxyManager<String> current = buckets;
        if (current != null || System.nanoTime() < nextConnectAttempt) {
            return current;
        }
        synchronized (this) {
            if (buckets == null && System.nanoTime() >= nextConnectAttempt) {
                try {
                    connection = client.get().connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
                    buckets = Bucket4jLettuce.casBasedBuilder(connection)
                            .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(1)))
                            .build();
                } catch (RedisException | IllegalStateException e) {
                    // IllegalStateException: the store's connection factory has not started its client yet.
                    nextConnectAttempt = System.nanoTime() + RECONNECT_PAUSE_NANOS;
                    if (degraded.compareAndSet(false, true)) {
                        log.warn("Redis unreachable for rate limits: limiting per node until it is back");
                    }
                }
            }
            return buckets;
        }
    }

    /** Drops {@code failed} and its connection, unless another thread replaced them already. */
    private synchronized void discard(ProxyManager<String> failed) {
        if (buckets != failed) {
            return;
        }
        buckets = null;
        nextConnectAttempt = System.nanoTime() + RECONNECT_PAUSE_NANOS;
        StatefulRedisConnection<String, byte[]> broken = connection;
        connection = null;
        if (broken != null) {
            broken.closeAsync();
        }
    }

    @Override
    public void close() {
        if (connection != null) {
            connection.close();
        }
        if (ownsClient) {
            client.get().shutdown();
        }
    }
}
