package io.payerid.server.stats;

import io.payerid.console.port.DashboardFigures;
import io.payerid.server.outbox.CallbackOutbox;
import io.payerid.server.outbox.OutboxStatus;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The console's dashboard port: sums of the per-minute rows all nodes wrote (indexes on minute_at), binned in
 * SQL with MOD so H2, PostgreSQL and MariaDB agree (integer division differs between them).
 */
@Component
public class ConsoleDashboardFigures implements DashboardFigures {


    private final JdbcClient jdbc;
    private final CallbackOutbox outbox;

    public ConsoleDashboardFigures(JdbcClient jdbc, CallbackOutbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @Override
    public List<String> nodes(long since) {
        return jdbc.sql("SELECT DISTINCT node FROM flow_minute_stat WHERE minute_at >= :since ORDER BY node")
                .param("since", since).query(String.class).list();
    }

    @Override
    public List<FlowCount> flows(long since, long binMillis, String node) {
        // The bin is computed once in a derived table: a GROUP BY repeating the expression would have its own
        // parameters, which PostgreSQL and H2 cannot match to the selected one.
        String sql = "SELECT bin_at, channel, dialect, outcome, SUM(flows) FROM ("
                + "SELECT minute_at - MOD(minute_at - :since, :bin) AS bin_at, channel, dialect, outcome, flows"
                + " FROM flow_minute_stat WHERE minute_at >= :since" + nodeFilter(node)
                + ") binned GROUP BY bin_at, channel, dialect, outcome";
        return jdbc.sql(sql)
                .param("since", since).param("bin", binMillis).params(nodeParam(node))
                .query((rs, row) -> new FlowCount(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5)))
                .list();
    }

    @Override
    public List<LatencyCount> latencies(long since, String node) {
        return jdbc.sql("""
                        SELECT channel, bucket_ms, SUM(calls) FROM upstream_latency_minute
                        WHERE minute_at >= :since""" + nodeFilter(node) + " GROUP BY channel, bucket_ms")
                .param("since", since).params(nodeParam(node))
                .query((rs, row) -> new LatencyCount(rs.getString(1), rs.getInt(2), rs.getLong(3)))
                .list();
    }

    /** Null: all nodes, no condition (a typed NULL parameter is not portable across the three databases). */
    private static String nodeFilter(String node) {
        return node == null ? "" : " AND node = :node";
    }

    private static Map<String, Object> nodeParam(String node) {
        return node == null ? Map.of() : Map.of("node", node);
    }

    @Override
    public CallbackBacklog callbacks() {
        return new CallbackBacklog(outbox.count(OutboxStatus.PENDING), outbox.count(OutboxStatus.FAILED));
    }
}
