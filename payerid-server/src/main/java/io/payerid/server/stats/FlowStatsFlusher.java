package io.payerid.server.stats;

import io.payerid.server.stats.FlowStatsRecorder.FlowKey;
import io.payerid.server.stats.FlowStatsRecorder.LatencyKey;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Writes the recorder's counters to the database every {@code payerid.stats.flush-interval}, off the request
 * path. A failed write keeps the counts in memory for the next flush, so a short database outage loses nothing.
 */
public class FlowStatsFlusher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FlowStatsFlusher.class);

    private final FlowStatsRecorder recorder;
    private final FlowStatsStore store;
    private final String node;

    public FlowStatsFlusher(FlowStatsRecorder recorder, FlowStatsStore store, StatsProperties properties) {
        this.recorder = recorder;
        this.store = store;
        this.node = properties.node().isBlank() ? hostName() : properties.node();
    }

    public String node() {
        return node;
    }

    @Scheduled(fixedDelayString = "${payerid.stats.flush-interval:15s}", initialDelayString = "${payerid.stats.flush-interval:15s}")
    public void scheduledFlush() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("Dashboard figures not stored, keeping them for the next flush: {}", e.getClass().getSimpleName());
        }
    }

    /** Stores what was counted since the last flush. */
    public synchronized void flush() {
        Map<FlowKey, Long> flows = new HashMap<>(recorder.drainFlows());
        Map<LatencyKey, Long> latencies = new HashMap<>(recorder.drainLatencies());
        try {
            store.add(node, flows, latencies);
        } finally {
            recorder.giveBack(flows, latencies);
        }
    }

    /**
     * A stopping node writes its last counts (Spring closes this before the data source it depends on), so a
     * rolling restart does not leave a gap of up to one flush interval per node.
     */
    @Override
    public void close() {
        scheduledFlush();
    }

    private static String hostName() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name.length() > 100 ? name.substring(0, 100) : name;
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}
