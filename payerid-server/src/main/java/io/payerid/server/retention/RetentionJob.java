package io.payerid.server.retention;

import io.payerid.server.outbox.OutboxStatus;
import io.payerid.server.stats.FlowStatsStore;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Enforces {@link RetentionProperties} on every node, every {@code payerid.retention.interval}. Nodes need
 * no coordination: each purge is idempotent and re-checks its condition in the statement that changes
 * rows, so two nodes at once only repeat a cheap SELECT. Identities go first, whole rows later, callbacks
 * before the seed 004 requests their signatures depend on.
 */
@Component
@ConditionalOnProperty(name = "payerid.retention.enabled", havingValue = "true", matchIfMissing = true)
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final CallbackOutboxRetention callbacks;
    private final ExchangeRequestRetention exchangeRequests;
    private final FlowStatsStore flowStats;
    private final RetentionProperties properties;
    private final Clock clock;

    public RetentionJob(CallbackOutboxRetention callbacks, ExchangeRequestRetention exchangeRequests,
                        FlowStatsStore flowStats, RetentionProperties properties, Clock clock) {
        this.flowStats = flowStats;
        this.callbacks = callbacks;
        this.exchangeRequests = exchangeRequests;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${payerid.retention.interval:1h}",
            initialDelayString = "${payerid.retention.initial-delay:1m}")
    public void scheduledRun() {
        try {
            run();
        } catch (RuntimeException e) {
            // The next run tries again; a database outage must not stop the schedule.
            log.warn("Retention purge failed, retrying in {}: {}", properties.interval(), e.getClass().getSimpleName());
        }
    }

    /** One pass of every rule; returns the rows changed or deleted. */
    public RetentionReport run() {
        int batch = properties.batchSize();
        RetentionReport report = new RetentionReport(
                callbacks.purgeBodies(OutboxStatus.DELIVERED.name(), cutoff(properties.deliveredCallbackBody()), batch),
                callbacks.purgeBodies(OutboxStatus.FAILED.name(), cutoff(properties.failedCallbackBody()), batch),
                exchangeRequests.purgeIdentities(cutoff(properties.exchangeIdentities()), batch),
                callbacks.deleteFinished(cutoff(properties.history()), batch),
                exchangeRequests.deleteExpired(cutoff(properties.history()), batch),
                flowStats.deleteBefore(cutoff(properties.flowStats())));
        if (report.total() > 0) {
            log.info("Retention purge: {}", report);
        }
        return report;
    }

    private long cutoff(Duration age) {
        return clock.millis() - age.toMillis();
    }
}
