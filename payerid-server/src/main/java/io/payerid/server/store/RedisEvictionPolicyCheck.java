package io.payerid.server.store;

import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Checks at startup that Redis will never evict the gateway's keys. Under memory pressure any policy but
 * {@code noeviction} drops keys before their TTL: a dropped nonce or redeemed code lets a used signed
 * URL or authorization code through again. With {@code noeviction} a full Redis refuses writes (OOM),
 * which the store reports as {@code STORE_FULL}: the request fails closed.
 * A wrong policy stops startup (or only warns, when the operator opted out); a Redis that does not let
 * us read its configuration (managed services often hide {@code CONFIG}) or is down gets a warning.
 */
final class RedisEvictionPolicyCheck implements InitializingBean {

    static final String REQUIRED_POLICY = "noeviction";
    private static final Logger log = LoggerFactory.getLogger(RedisEvictionPolicyCheck.class);

    private final RedisConnectionFactory connections;
    private final boolean required;

    RedisEvictionPolicyCheck(RedisConnectionFactory connections, boolean required) {
        this.connections = connections;
        this.required = required;
    }

    @Override
    public void afterPropertiesSet() {
        Optional<String> policy = readPolicy();
        if (policy.isEmpty() || REQUIRED_POLICY.equals(policy.get())) {
            return;
        }
        String problem = "Redis runs with maxmemory-policy " + policy.get() + ": when full it evicts keys before their TTL, "
                + "so used nonces and redeemed codes would be accepted again. Set maxmemory-policy noeviction";
        if (required) {
            throw new IllegalStateException(problem + " (or payerid.store.redis-require-noeviction=false to only warn)");
        }
        log.warn("{}", problem);
    }

    /** The configured policy, or empty (after a warning) when it cannot be read. */
    Optional<String> readPolicy() {
        try (RedisConnection connection = connections.getConnection()) {
            Properties config = connection.serverCommands().getConfig("maxmemory-policy");
            Optional<String> policy = Optional.ofNullable(config == null ? null : config.getProperty("maxmemory-policy"));
            if (policy.isEmpty()) {
                log.warn("Redis did not report its maxmemory-policy; make sure it is noeviction");
            }
            return policy;
        } catch (DataAccessException | io.lettuce.core.RedisException e) {
            log.warn("Could not read Redis maxmemory-policy ({}); make sure it is noeviction", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
