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
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.ratelimit.RateDecision;
import io.payerid.core.ratelimit.RateLimit;
import io.payerid.core.ratelimit.RateLimiter;
import io.payerid.core.ratelimit.TokenBuckets;
import java.time.Duration;
import java.util.concurrent.CompletionException;

/**
 * Token buckets in Redis through Bucket4j's Lettuce integration (compare-and-swap), so every node takes
 * from the same bucket. One connection, shared by all threads (Lettuce multiplexes it). A bucket's key
 * expires once the bucket would be full again, so idle clients leave nothing behind.
 */
public final class RedisRateLimiter implements RateLimiter, AutoCloseable {

    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(2);

    private final RedisClient client;
    private final StatefulRedisConnection<String, byte[]> connection;
    private final ProxyManager<String> buckets;
    private final String prefix;

    /** @param prefix namespace of every bucket key (the shared store's prefix plus {@code rate:}) */
    public RedisRateLimiter(String redisUrl, String prefix) {
        RedisURI uri = RedisURI.create(redisUrl);
        uri.setTimeout(COMMAND_TIMEOUT);
        this.client = RedisClient.create(uri);
        this.connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
        this.buckets = Bucket4jLettuce.casBasedBuilder(connection)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(1)))
                .build();
        this.prefix = prefix;
    }

    @Override
    public RateDecision tryConsume(String key, RateLimit limit) {
        try {
            return TokenBuckets.decision(buckets.builder()
                    .build(prefix + TokenBuckets.bucketKey(key, limit), () -> TokenBuckets.configuration(limit))
                    .tryConsumeAndReturnRemaining(1));
        } catch (RedisException | CompletionException e) {
            throw new PayerIdException(ErrorCode.STORE_UNAVAILABLE, "the shared state store could not be reached", e);
        }
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }
}
