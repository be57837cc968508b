package io.payerid.server.stats;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The dashboard's figures ({@code payerid.stats.*}).
 *
 * @param node          this node's name in the figures; blank means the host name
 * @param flushInterval pause between two writes of the in-memory counters to the database
 */
@ConfigurationProperties("payerid.stats")
public record StatsProperties(@DefaultValue("") String node, @DefaultValue("15s") Duration flushInterval) {

    public StatsProperties {
        if (node.length() > 100) {
            throw new IllegalArgumentException("payerid.stats.node must be at most 100 characters");
        }
        if (flushInterval.isNegative() || flushInterval.isZero()) {
            throw new IllegalArgumentException("payerid.stats.flush-interval must be positive, was " + flushInterval);
        }
    }
}
