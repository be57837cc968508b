package io.payerid.server.outbox;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Callback delivery ({@code payerid.outbox.*}).
 *
 * @param retrySchedule  delays after each failed attempt (default: 15s, 30s, 3m, 10m, 20m, 30m, 60m, 3h, 6h)
 * @param pollInterval   how often each node looks for due callbacks
 * @param batchSize      callbacks claimed per poll
 * @param lease          how long a claimed callback is reserved for the claiming node
 * @param requestTimeout time allowed for the receiver to answer
 */
@ConfigurationProperties("payerid.outbox")
public record OutboxProperties(
        List<Duration> retrySchedule,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("50") int batchSize,
        @DefaultValue("60s") Duration lease,
        @DefaultValue("10s") Duration requestTimeout) {

    public RetrySchedule schedule() {
        return new RetrySchedule(retrySchedule == null || retrySchedule.isEmpty() ? RetrySchedule.SEED_004 : retrySchedule);
    }
}
