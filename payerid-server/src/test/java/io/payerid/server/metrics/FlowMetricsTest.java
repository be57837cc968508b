package io.payerid.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.flow.FlowContext;
import io.payerid.core.flow.Scope;
import io.payerid.core.tenant.ChannelKind;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FlowMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final FlowMetrics metrics = new FlowMetrics(registry);

    @Test
    void startedWhenSameTagsTwiceThenOneCounterCountingTwo() {
        metrics.started(flow("app_a"));
        metrics.started(flow("app_a"));
        metrics.started(flow("app_b"));

        assertThat(registry.get(FlowMetrics.STARTED).tag("app", "app_a").tag("channel", "ALIPAY").tag("dialect", "native")
                .counter().count()).isEqualTo(2);
        assertThat(registry.get(FlowMetrics.STARTED).counters()).hasSize(2);
    }

    @Test
    void failedWhenCodesDifferThenOneCounterPerCode() {
        metrics.failed(ChannelKind.WECHAT_OA, "native", "app_a", ErrorCode.PAYER_DENIED);
        metrics.failed(ChannelKind.WECHAT_OA, "native", "app_a", ErrorCode.PAYER_DENIED);
        metrics.failed(ChannelKind.WECHAT_OA, "native", "app_a", ErrorCode.UPSTREAM_ERROR);
        metrics.completed(flow("app_a"));

        assertThat(registry.get(FlowMetrics.FAILED).tag("code", "PAYER_DENIED").counter().count()).isEqualTo(2);
        assertThat(registry.get(FlowMetrics.FAILED).tag("code", "UPSTREAM_ERROR").counter().count()).isEqualTo(1);
        assertThat(registry.get(FlowMetrics.COMPLETED).counter().count()).isEqualTo(1);
    }

    @Test
    void upstreamCallWhenRecordedThenTimedByUpstreamApiAndOutcome() {
        metrics.upstreamCall(ChannelKind.ALIPAY, "oauth.exchange", "ok", TimeUnit.MILLISECONDS.toNanos(40));
        metrics.upstreamCall(ChannelKind.ALIPAY, "oauth.exchange", "ok", TimeUnit.MILLISECONDS.toNanos(60));

        var timer = registry.get(FlowMetrics.UPSTREAM_CALLS).tag("upstream", "ALIPAY").tag("outcome", "ok").timer();
        assertThat(timer.count()).isEqualTo(2);
        assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(100.0);
    }

    private static FlowContext flow(String appId) {
        return new FlowContext("flow1", ChannelKind.ALIPAY, "native", appId, "m1", "https://shop.example/r", Scope.BASE,
                "s", 0, Map.of());
    }
}
