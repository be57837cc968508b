package io.payerid.server.store;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * A Lettuce connection factory that fails fast instead of hanging a payer: every command times out after
 * {@code commandTimeout} (Lettuce's default is 60 s), a (re)connect after {@code connectTimeout}, commands
 * issued while disconnected are rejected at once rather than queued, and reconnect attempts back off from
 * 50 ms to at most 1 s (Lettuce's default grows to 30 s, so a Redis back after a blip stayed unused for
 * many seconds). Owns its client resources and shuts them down with itself.
 * <p>
 * A reconnect only helps when the socket breaks. A command that times out or meets bytes that are not a
 * well-formed Redis reply leaves the shared connection open but untrustworthy: its reader may sit inside a
 * reply that never ends (a bulk announced longer than what follows, a line without CRLF) and every later
 * command then times out on a healthy Redis, or answers may be paired with the wrong commands. So every
 * failure other than a reply Redis itself sent ({@link RedisCommandExecutionException}: OOM, WRONGTYPE…)
 * discards the shared connection ({@link #distrust}); the next command opens a fresh one. At most one
 * discard per command timeout, so a paused Redis costs one new connection per timeout, not one per caller.
 */
final class FastFailingRedisConnectionFactory extends LettuceConnectionFactory {

    private static final Logger log = LoggerFactory.getLogger(FastFailingRedisConnectionFactory.class);

    private final ClientResources resources;
    private final long discardIntervalNanos;
    private final AtomicLong lastDiscard = new AtomicLong(System.nanoTime() - Long.MAX_VALUE / 2);

    private FastFailingRedisConnectionFactory(RedisStandaloneConfiguration standalone, LettuceClientConfiguration client,
                                              ClientResources resources, Duration commandTimeout) {
        super(standalone, client);
        this.resources = resources;
        this.discardIntervalNanos = commandTimeout.toNanos();
    }

    static FastFailingRedisConnectionFactory create(RedisStandaloneConfiguration standalone, boolean ssl,
                                                    Duration commandTimeout, Duration connectTimeout) {
        ClientResources resources = ClientResources.builder()
                .reconnectDelay(Delay.exponential(Duration.ofMillis(50), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS))
                .build();
        ClientOptions options = ClientOptions.builder()
                .socketOptions(SocketOptions.builder().connectTimeout(connectTimeout).keepAlive(true).build())
                .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .build();
        LettuceClientConfiguration.LettuceClientConfigurationBuilder client = LettuceClientConfiguration.builder()
                .commandTimeout(commandTimeout)
                .clientOptions(options)
                .clientResources(resources);
        if (ssl) {
            client.useSsl();
        }
        return new FastFailingRedisConnectionFactory(standalone, client.build(), resources, commandTimeout);
    }

    /**
     * Called with every failure of a command on the shared connection: unless Redis itself answered with an
     * error, the connection is discarded so the next command gets a fresh one.
     *
     * @return whether this call discarded the connection
     */
    boolean distrust(Throwable failure) {
        if (RedisFailures.isServerReply(failure)) {
            return false;
        }
        long now = System.nanoTime();
        long last = lastDiscard.get();
        if (now - last < discardIntervalNanos || !lastDiscard.compareAndSet(last, now)) {
            return false;
        }
        log.warn("Redis command failed ({}): opening a fresh connection for the next command",
                RedisFailures.describe(failure));
        resetConnection();
        return true;
    }

    @Override
    public void destroy() {
        super.destroy();
        resources.shutdown(0, 2, TimeUnit.SECONDS);
    }
}
