package io.payerid.server.store;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * A Lettuce connection factory that fails fast instead of hanging a payer: every command times out after
 * {@code commandTimeout} (Lettuce's default is 60 s), a (re)connect after {@code connectTimeout}, commands
 * issued while disconnected are rejected at once rather than queued, and reconnect attempts back off from
 * 50 ms to at most 1 s (Lettuce's default grows to 30 s, so a Redis back after a blip stayed unused for
 * many seconds). Owns its client resources and shuts them down with itself.
 */
final class FastFailingRedisConnectionFactory extends LettuceConnectionFactory {

    private final ClientResources resources;

    private FastFailingRedisConnectionFactory(RedisStandaloneConfiguration standalone, LettuceClientConfiguration client,
                                              ClientResources resources) {
        super(standalone, client);
        this.resources = resources;
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
        return new FastFailingRedisConnectionFactory(standalone, client.build(), resources);
    }

    @Override
    public void destroy() {
        super.destroy();
        resources.shutdown(0, 2, TimeUnit.SECONDS);
    }
}
