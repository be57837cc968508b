package io.payerid.console.port;

import java.util.List;

/**
 * The dashboard's figures, kept by the server's stats package: per-minute counts every node writes under its
 * own name, summed here over all nodes or read for one. No payer and no app appears in them.
 */
public interface DashboardFigures {

    /** Ended flows in the bin starting at {@code binAt} (epoch millis); {@code outcome} is OK or an error code. */
    record FlowCount(long binAt, String channel, String dialect, String outcome, long flows) {
    }

    /** Upstream calls of a channel that took at most {@code bucketMs} (and more than the bucket below). */
    record LatencyCount(String channel, int bucketMs, long calls) {
    }

    /** Callbacks waiting for delivery and callbacks given up on, over the whole cluster. */
    record CallbackBacklog(long pending, long failed) {
    }

    /** The nodes that wrote figures since {@code since}, sorted. */
    List<String> nodes(long since);

    /** Flow counts since {@code since} in bins of {@code binMillis}; {@code node} null means all nodes. */
    List<FlowCount> flows(long since, long binMillis, String node);

    /** Upstream latency counts since {@code since}; {@code node} null means all nodes. */
    List<LatencyCount> latencies(long since, String node);

    CallbackBacklog callbacks();
}
