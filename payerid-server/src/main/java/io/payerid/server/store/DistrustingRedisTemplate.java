package io.payerid.server.store;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.serializer.RedisSerializer;

/**
 * A {@link StringRedisTemplate} that reports every failed command to its
 * {@link FastFailingRedisConnectionFactory#distrust connection factory}, so a connection left out of step by a
 * timeout or by bytes that are no Redis reply is replaced instead of failing every later command. Every
 * operation of the template (value ops, scripts, publish) ends in one of the methods overridden here.
 */
final class DistrustingRedisTemplate extends StringRedisTemplate {

    private final FastFailingRedisConnectionFactory connections;

    DistrustingRedisTemplate(FastFailingRedisConnectionFactory connections) {
        super(connections);
        this.connections = connections;
    }

    @Override
    public <T> T execute(RedisCallback<T> action, boolean exposeConnection, boolean pipeline) {
        return reported(() -> super.execute(action, exposeConnection, pipeline));
    }

    @Override
    public <T> T execute(SessionCallback<T> session) {
        return reported(() -> super.execute(session));
    }

    @Override
    public List<Object> executePipelined(SessionCallback<?> session, RedisSerializer<?> resultSerializer) {
        return reported(() -> super.executePipelined(session, resultSerializer));
    }

    @Override
    public List<Object> executePipelined(RedisCallback<?> action, RedisSerializer<?> resultSerializer) {
        return reported(() -> super.executePipelined(action, resultSerializer));
    }

    private <T> T reported(Supplier<T> command) {
        try {
            return command.get();
        } catch (RuntimeException e) {
            connections.distrust(e);
            throw e;
        }
    }
}
