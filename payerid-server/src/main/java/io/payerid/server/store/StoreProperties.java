package io.payerid.server.store;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where shared state lives ({@code payerid.store.*}): {@code in-process} (one node, the default) or
 * {@code redis} (several nodes share nonces, redeemed codes and access tokens).
 *
 * @param type      in-process or redis
 * @param redisUrl  e.g. {@code redis://127.0.0.1:6379/0} or {@code rediss://:password@host:6380/0}
 * @param keyPrefix namespace of every key
 * @param lockTtl   how long one node may compute a shared value (refresh a token, redeem a code)
 */
@ConfigurationProperties("payerid.store")
public record StoreProperties(
        @DefaultValue("in-process") String type,
        @DefaultValue("redis://127.0.0.1:6379/0") String redisUrl,
        @DefaultValue("payerid:") String keyPrefix,
        @DefaultValue("30s") Duration lockTtl) {
}
