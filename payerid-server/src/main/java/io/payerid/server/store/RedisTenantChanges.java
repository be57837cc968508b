package io.payerid.server.store;

import io.lettuce.core.RedisClient;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.payerid.core.tenant.cache.InProcessTenantChanges;
import io.payerid.core.tenant.cache.TenantChange;
import io.payerid.core.tenant.cache.TenantChanges;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Tenant changes across nodes over Redis pub/sub, on channel {@code <key prefix>tenant-changes}. A change reaches
 * this node's caches at once, before it is published; other nodes hear it within milliseconds.
 *
 * <p>Pub/sub keeps nothing for a node that is not listening, so every (re)subscription (Lettuce resubscribes by
 * itself after a reconnect) tells the subscribers that {@linkplain TenantChange#everything() everything} changed:
 * a node cut off from Redis serves what it has for at most the cache TTL, then drops it all when it is back. A
 * publish that fails (Redis unreachable) leaves the write in place and is logged; other nodes then catch up by
 * their own resubscription or the TTL.
 */
public final class RedisTenantChanges implements TenantChanges, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisTenantChanges.class);

    private final InProcessTenantChanges local = new InProcessTenantChanges();
    private final StringRedisTemplate redis;
    private final String channel;
    private final StatefulRedisPubSubConnection<String, String> subscription;

    private RedisTenantChanges(StringRedisTemplate redis, String channel,
                               StatefulRedisPubSubConnection<String, String> subscription) {
        this.redis = redis;
        this.channel = channel;
        this.subscription = subscription;
    }

    /** Subscribes on a connection of its own from the factory's client (same timeouts and reconnect policy). */
    public static RedisTenantChanges connect(LettuceConnectionFactory factory, String keyPrefix) {
        String channel = keyPrefix + "tenant-changes";
        RedisClient client = (RedisClient) factory.getRequiredNativeClient();
        StatefulRedisPubSubConnection<String, String> subscription = client.connectPubSub();
        RedisTenantChanges changes = new RedisTenantChanges(StoreConfiguration.template(factory), channel, subscription);
        subscription.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String from, String message) {
                if (channel.equals(from)) {
                    changes.local.deliver(TenantChange.fromWire(message));
                }
            }

            @Override
            public void subscribed(String to, long count) {
                // messages sent while this node was not subscribed are gone: trust nothing cached
                changes.local.deliver(TenantChange.everything());
            }
        });
        subscription.sync().subscribe(channel);
        return changes;
    }

    @Override
    public void publish(TenantChange change) {
        local.deliver(change);
        try {
            redis.convertAndSend(channel, change.wire());
        } catch (RuntimeException e) {
            log.warn("Could not announce tenant change {} to other nodes ({}); they catch up within the cache TTL",
                    change.wire(), e.getClass().getSimpleName());
        }
    }

    @Override
    public void subscribe(Consumer<TenantChange> subscriber) {
        local.subscribe(subscriber);
    }

    @Override
    public void close() {
        subscription.close();
    }
}
