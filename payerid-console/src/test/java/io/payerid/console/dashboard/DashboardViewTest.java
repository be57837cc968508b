package io.payerid.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.console.port.DashboardFigures.FlowCount;
import io.payerid.console.port.DashboardFigures.LatencyCount;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardViewTest {

    @Test
    void ofWhenFlowsOfTwoChannelsThenTotalsRateTopErrorsAndChart() {
        List<FlowCount> counts = List.of(
                new FlowCount(0, "WECHAT_OA", "native", "OK", 3),
                new FlowCount(60_000, "WECHAT_OA", "native", "UPSTREAM_ERROR", 1),
                new FlowCount(60_000, "ALIPAY", "", "FLOW_STATE_INVALID", 2),
                new FlowCount(120_000, "ALIPAY", "", "UPSTREAM_ERROR", 2));
        List<LatencyCount> latencies = List.of(new LatencyCount("WECHAT_OA", 50, 4), new LatencyCount("ALIPAY", 500, 4));

        DashboardView view = DashboardView.of(counts, latencies, 0, 60_000, 3, t -> "t" + t);

        assertThat(view.flows()).isEqualTo(8);
        assertThat(view.successRate()).isEqualTo("37.5%");
        assertThat(view.topErrors()).extracting(DashboardView.CodeRow::code)
                .containsExactly("UPSTREAM_ERROR", "FLOW_STATE_INVALID");
        assertThat(view.channels()).extracting(r -> r.channel() + "/" + r.dialect() + "=" + r.successRate())
                .containsExactly("ALIPAY/=0.0%", "WECHAT_OA/native=75.0%");
        assertThat(view.latencies()).extracting(r -> r.channel() + ":" + r.p50() + "/" + r.p99())
                .containsExactly("ALIPAY:500/500", "WECHAT_OA:50/50", "null:50/500");
        assertThat(view.flowChart().lines()).hasSize(2);
        assertThat(view.flowChart().max()).isEqualTo(3);
        assertThat(view.failureChart().bars()).hasSize(3);
        assertThat(view.failureChart().lastLabel()).isEqualTo("t120000");
    }

    @Test
    void ofWhenNoFlowsThenNoRateAndEmptyCharts() {
        DashboardView view = DashboardView.of(List.of(), List.of(), 0, 60_000, 60, t -> "");

        assertThat(view.successRate()).isEqualTo("–");
        assertThat(view.flowChart().empty()).isTrue();
        assertThat(view.latencies()).isEmpty();
    }
}
