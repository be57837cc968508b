package io.payerid.server.stats;

import io.payerid.server.stats.FlowStatsRecorder.FlowKey;
import io.payerid.server.stats.FlowStatsRecorder.LatencyKey;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Adds a node's per-minute deltas to {@code flow_minute_stat} and {@code upstream_latency_minute}. The upsert is
 * portable (H2, PostgreSQL, MariaDB have no common MERGE): add to the row, insert it when there was none, and
 * add again when another writer inserted it first (only the same node writes its rows, so that race is rare).
 * Each statement commits on its own: on PostgreSQL a failed insert would abort a surrounding transaction, and
 * the duplicate-key retry could not run.
 */
@Repository
public class FlowStatsStore {

    private final JdbcClient jdbc;

    public FlowStatsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the deltas, removing each from its map once stored: when the database fails midway, what is left
     * in the maps is exactly what was not stored (the caller gives it back for the next flush).
     */
    public void add(String node, Map<FlowKey, Long> flows, Map<LatencyKey, Long> latencies) {
        for (FlowKey key : List.copyOf(flows.keySet())) {
            addFlows(node, key, flows.get(key));
            flows.remove(key);
        }
        for (LatencyKey key : List.copyOf(latencies.keySet())) {
            addCalls(node, key, latencies.get(key));
            latencies.remove(key);
        }
    }

    private void addFlows(String node, FlowKey key, long delta) {
        String update = """
                UPDATE flow_minute_stat SET flows = flows + :delta
                WHERE node = :node AND minute_at = :minute AND channel = :channel AND dialect = :dialect AND outcome = :outcome""";
        String insert = """
                INSERT INTO flow_minute_stat (node, minute_at, channel, dialect, outcome, flows)
                VALUES (:node, :minute, :channel, :dialect, :outcome, :delta)""";
        upsert(update, insert, Map.of("delta", delta, "node", node, "minute", key.minuteAt(), "channel", key.channel(),
                "dialect", key.dialect(), "outcome", key.outcome()));
    }

    private void addCalls(String node, LatencyKey key, long delta) {
        String update = """
                UPDATE upstream_latency_minute SET calls = calls + :delta
                WHERE node = :node AND minute_at = :minute AND channel = :channel AND bucket_ms = :bucket""";
        String insert = """
                INSERT INTO upstream_latency_minute (node, minute_at, channel, bucket_ms, calls)
                VALUES (:node, :minute, :channel, :bucket, :delta)""";
        upsert(update, insert, Map.of("delta", delta, "node", node, "minute", key.minuteAt(), "channel", key.channel(),
                "bucket", key.bucketMs()));
    }

    private void upsert(String update, String insert, Map<String, Object> params) {
        if (jdbc.sql(update).params(params).update() > 0) {
            return;
        }
        try {
            jdbc.sql(insert).params(params).update();
        } catch (DuplicateKeyException raced) {
            jdbc.sql(update).params(params).update();
        }
    }

    /** Deletes minutes before {@code cutoff} (epoch millis); returns the rows deleted. */
    public long deleteBefore(long cutoff) {
        return jdbc.sql("DELETE FROM flow_minute_stat WHERE minute_at < :cutoff").param("cutoff", cutoff).update()
                + (long) jdbc.sql("DELETE FROM upstream_latency_minute WHERE minute_at < :cutoff").param("cutoff", cutoff).update();
    }
}
