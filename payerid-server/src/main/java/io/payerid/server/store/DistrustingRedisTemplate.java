package io.payerid.server.store;

import java.util.List;
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
        try {
            return super.execute(action, exposeConnection, pipeline);
        } catch (RuntimeException e) {
            connections.distrust(e);
            throw e;
        }
    }

    @Override
    public <T> T execute(SessionCallback<T> session) {
        try {
            return super.execute(session);
        } catch (RuntimeException e) {
            connections.distrust(e);
            throw e;
        }
    }

    @Override
    public List<Object> executePipelined(SessionCallback<?> session, RedisSerializer<?> resultSerializer) {
        try {
            return super.executePipelined(session, resultSerializer);
        } catch (RuntimeException e) {
            connections.distrust(e);
            throw e;
        }
    }

    @Override
    public List<Object> executePipelined(RedisCallback<?> action, RedisSerializer<?> resultSerializer) {
        try {
            return super.executePipelined(action, resultSerializer);
        } catch (RuntimeException e) {
            connections.distrust(e);
            throw e;
        }
    }
}
