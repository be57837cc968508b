package io.payerid.server.persistence;

import io.payerid.core.ratelimit.AppRateLimitOverrides;
import io.payerid.core.ratelimit.RateLimit;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Per-app rate limits in {@code app_rate_limit} ({@code db/migration/V7__app_rate_limits.sql}); read through the
 * tenant cache ({@code CachingAppRateLimitOverrides}).
 */
public class JdbcAppRateLimitOverrides implements AppRateLimitOverrides {

    private final JdbcClient jdbc;
    private final Clock clock;

    public JdbcAppRateLimitOverrides(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<RateLimit> find(String appInternalId) {
        return jdbc.sql("SELECT capacity, period_ms FROM app_rate_limit WHERE merchant_app_id = :id")
                .param("id", appInternalId)
                .query((rs, row) -> new RateLimit(rs.getLong("capacity"), Duration.ofMillis(rs.getLong("period_ms"))))
                .optional();
    }

    /** Update, else insert: portable across H2, PostgreSQL and MariaDB (no MERGE / ON CONFLICT dialects). */
    @Override
    public void put(String appInternalId, RateLimit limit) {
        if (update(appInternalId, limit) > 0) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO app_rate_limit (merchant_app_id, capacity, period_ms, updated_at)"
                            + " VALUES (:id, :capacity, :periodMs, :now)")
                    .param("id", appInternalId).param("capacity", limit.capacity())
                    .param("periodMs", limit.period().toMillis()).param("now", clock.millis())
                    .update();
        } catch (DuplicateKeyException raced) {
            update(appInternalId, limit);
        }
    }

    @Override
    public boolean remove(String appInternalId) {
        return jdbc.sql("DELETE FROM app_rate_limit WHERE merchant_app_id = :id").param("id", appInternalId).update() > 0;
    }

    private int update(String appInternalId, RateLimit limit) {
        return jdbc.sql("UPDATE app_rate_limit SET capacity = :capacity, period_ms = :periodMs, updated_at = :now"
                        + " WHERE merchant_app_id = :id")
                .param("id", appInternalId).param("capacity", limit.capacity())
                .param("periodMs", limit.period().toMillis()).param("now", clock.millis())
                .update();
    }
}
