package io.payerid.server.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.payerid.core.error.PayerIdException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.dao.DataAccessException;

/**
 * The outbox backlog as gauges: {@code payerid.outbox.depth} (pending callbacks) and
 * {@code payerid.outbox.oldest.due.age} (seconds the longest-waiting due callback has waited; 0 when none is
 * due). Read from the database, so every node reports the same cluster-wide figure; one query serves both
 * gauges and is reused for {@link #MAX_AGE}, so a scrape costs at most one query. NaN while the database is
 * unreachable (readiness reports that; the gauge must not fail the scrape).
 */
class OutboxBacklogMetrics {

    static final String DEPTH = "payerid.outbox.depth";
    static final String OLDEST_DUE_AGE = "payerid.outbox.oldest.due.age";
    private static final Duration MAX_AGE = Duration.ofSeconds(5);

    private final CallbackOutbox outbox;
    private final Clock clock;
    private volatile CallbackOutbox.Backlog last;
    private volatile long readAt;

    OutboxBacklogMetrics(CallbackOutbox outbox, Clock clock, MeterRegistry registry) {
        this.outbox = outbox;
        this.clock = clock;
        Gauge.builder(DEPTH, this, m -> m.backlog() == null ? Double.NaN : m.backlog().pending())
                .description("Callbacks waiting for delivery (all nodes)").register(registry);
        Gauge.builder(OLDEST_DUE_AGE, this, OutboxBacklogMetrics::oldestDueAgeSeconds).baseUnit("seconds")
                .description("How long the oldest due callback has waited for its attempt (all nodes)").register(registry);
    }

    private double oldestDueAgeSeconds() {
        CallbackOutbox.Backlog backlog = backlog();
        if (backlog == null) {
            return Double.NaN;
        }
        return backlog.oldestDueAt() == null ? 0 : Math.max(0, clock.millis() - backlog.oldestDueAt()) / 1000.0;
    }

    private synchronized CallbackOutbox.Backlog backlog() {
        long now = clock.millis();
        if (now - readAt >= MAX_AGE.toMillis()) {
            readAt = now;
            try {
                last = outbox.backlog();
            } catch (DataAccessException | PayerIdException unreachable) {
                last = null;
            }
        }
        return last;
    }
}
