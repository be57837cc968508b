package io.payerid.server.store;

import io.payerid.core.store.StoreCapacity;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where shared state lives ({@code payerid.store.*}): {@code in-process} (one node, the default) or
 * {@code redis} (several nodes share nonces, redeemed codes and access tokens).
 *
 * @param type                    in-process or redis
 * @param redisUrl                e.g. {@code redis://127.0.0.1:6379/0} or {@code rediss://:password@host:6380/0}
 * @param keyPrefix               namespace of every key
 * @param lockLease               Redis: how long a loader lock (refresh a token, redeem a code) outlives its holder's
 *                                last heartbeat (renewed every lease/3): how soon a node takes over from a dead one
 * @param lockWait                Redis: how long a caller waits for another node's running loader
 * @param nonceCapacity           in-process: live nonces remembered (fingerprints, ~10 bytes each); beyond, STORE_FULL.
 *                                Unset: what 40% of the heap holds, at most 24 million (StoreCapacity.usedKeysForHeap)
 * @param nonceSlice              in-process: time slice of the nonce buckets (a nonce is kept up to one slice past its TTL)
 * @param spaceCapacity           in-process: live entries of each key space (the key's prefix before ':')
 * @param spaceCapacities         in-process: per-space overrides of {@code spaceCapacity}, e.g. {@code oauth-code: 2000000}
 * @param redisCommandTimeout     Redis: how long a command may take before the caller gets STORE_UNAVAILABLE
 * @param redisConnectTimeout     Redis: how long a (re)connect may take
 * @param redisRequireNoeviction  Redis: refuse to start unless {@code maxmemory-policy} is {@code noeviction}
 */
@ConfigurationProperties("payerid.store")
public record StoreProperties(
        @DefaultValue("in-process") String type,
        @DefaultValue("redis://127.0.0.1:6379/0") String redisUrl,
        @DefaultValue("payerid:") String keyPrefix,
        @DefaultValue("3s") Duration lockLease,
        @DefaultValue("30s") Duration lockWait,
        Long nonceCapacity,
        @DefaultValue("30s") Duration nonceSlice,
        @DefaultValue("1000000") long spaceCapacity,
        Map<String, Long> spaceCapacities,
        @DefaultValue("2s") Duration redisCommandTimeout,
        @DefaultValue("1s") Duration redisConnectTimeout,
        @DefaultValue("true") boolean redisRequireNoeviction) {

    public StoreProperties {
        spaceCapacities = spaceCapacities == null ? Map.of() : Map.copyOf(spaceCapacities);
    }

    /** The in-process store's bounds. */
    public StoreCapacity capacity() {
        long usedKeys = nonceCapacity != null ? nonceCapacity : StoreCapacity.usedKeysForHeap(Runtime.getRuntime().maxMemory());
        return new StoreCapacity(usedKeys, nonceSlice, spaceCapacity, spaceCapacities);
    }
}
