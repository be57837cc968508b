package io.payerid.server.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.server.stats.FlowStatsRecorder.FlowKey;
import io.payerid.server.stats.FlowStatsRecorder.LatencyKey;
import io.payerid.server.support.ThrowAwayDatabase;
import io.payerid.server.support.ThrowAwayDatabase.Engine;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

class FlowStatsStoreTest {

    private static final long MINUTE = 1_800_000_000_000L - 1_800_000_000_000L % 60_000;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void addWhenSameCellTwiceThenCountsSummedAndMapsEmptied(Engine engine) throws SQLException {
        try (ThrowAwayDatabase database = ThrowAwayDatabase.migrated(engine)) {
            JdbcClient jdbc = JdbcClient.create(database.dataSource());
            FlowStatsStore store = new FlowStatsStore(jdbc);
            FlowKey ok = new FlowKey(MINUTE, "WECHAT_OA", "native", "OK");
            LatencyKey fast = new LatencyKey(MINUTE, "WECHAT_OA", 50);
            for (long n : new long[] {3, 4}) {
                Map<FlowKey, Long> flows = new HashMap<>(Map.of(ok, n));
                Map<LatencyKey, Long> latencies = new HashMap<>(Map.of(fast, n));
                store.add("node-a", flows, latencies);
                assertThat(flows).isEmpty();
                assertThat(latencies).isEmpty();
            }
            store.add("node-b", new HashMap<>(Map.of(ok, 10L)), new HashMap<>());

            ConsoleDashboardFigures figures = new ConsoleDashboardFigures(jdbc, null);
            assertThat(figures.nodes(MINUTE)).containsExactly("node-a", "node-b");
            assertThat(figures.flows(MINUTE, 60_000, null)).extracting(f -> f.flows()).containsExactly(17L);
            assertThat(figures.flows(MINUTE, 60_000, "node-a")).extracting(f -> f.flows()).containsExactly(7L);
            assertThat(figures.latencies(MINUTE, null)).extracting(l -> l.bucketMs() + ":" + l.calls())
                    .containsExactly("50:7");
            assertThat(figures.flows(MINUTE + 60_000, 60_000, null)).isEmpty();

            assertThat(store.deleteBefore(MINUTE + 1)).isEqualTo(3);
            assertThat(figures.nodes(0)).isEqualTo(List.of());
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void flowsWhenBinnedThenMinutesOfOneBinSummed(Engine engine) throws SQLException {
        try (ThrowAwayDatabase database = ThrowAwayDatabase.migrated(engine)) {
            JdbcClient jdbc = JdbcClient.create(database.dataSource());
            FlowStatsStore store = new FlowStatsStore(jdbc);
            Map<FlowKey, Long> flows = new HashMap<>();
            for (int m = 0; m < 4; m++) {
                flows.put(new FlowKey(MINUTE + m * 60_000L, "ALIPAY", "", "UPSTREAM_ERROR"), 1L);
            }
            store.add("n", flows, new HashMap<>());

            assertThat(new ConsoleDashboardFigures(jdbc, null).flows(MINUTE, 120_000, null))
                    .extracting(f -> (f.binAt() - MINUTE) + ":" + f.flows())
                    .containsExactlyInAnyOrder("0:2", "120000:2");
        }
    }
}
