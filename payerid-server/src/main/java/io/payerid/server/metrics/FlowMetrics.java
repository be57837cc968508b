package io.payerid.server.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.flow.FlowContext;
import io.payerid.core.flow.FlowObserver;
import io.payerid.core.tenant.ChannelKind;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Counts browser flows and times their upstream exchanges (names in docs/ops/monitoring.md). Each tag set's
 * meter is registered once and kept here, so the payer's request costs a map lookup and an increment, not a
 * tag list and a registry search. Tag values are bounded: channels, dialects and error codes are enums or
 * constants, and app ids come from resolved apps or the gateway's own sealed state, never from raw input.
 */
public class FlowMetrics implements FlowObserver {

    static final String STARTED = "payerid.flows.started";
    static final String COMPLETED = "payerid.flows.completed";
    static final String FAILED = "payerid.flows.failed";
    static final String UPSTREAM_CALLS = "payerid.upstream.calls";

    private final MeterRegistry registry;
    private final Map<FlowTags, Counter> started = new ConcurrentHashMap<>();
    private final Map<FlowTags, Counter> completed = new ConcurrentHashMap<>();
    private final Map<FlowTags, Counter> failed = new ConcurrentHashMap<>();
    private final Map<UpstreamTags, Timer> upstreamCalls = new ConcurrentHashMap<>();

    public FlowMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** One counter's tags; {@code code} is null on the started and completed counters. */
    private record FlowTags(ChannelKind channel, String dialect, String app, ErrorCode code) {
    }

    private record UpstreamTags(ChannelKind channel, String api, String outcome) {
    }

    @Override
    public void started(FlowContext flow) {
        counter(started, STARTED, new FlowTags(flow.channel(), flow.dialect(), flow.appId(), null)).increment();
    }

    @Override
    public void completed(FlowContext flow) {
        counter(completed, COMPLETED, new FlowTags(flow.channel(), flow.dialect(), flow.appId(), null)).increment();
    }

    @Override
    public void failed(ChannelKind channel, String dialect, String appId, ErrorCode code) {
        counter(failed, FAILED, new FlowTags(channel, dialect, appId, code)).increment();
    }

    @Override
    public void upstreamCall(ChannelKind channel, String api, String outcome, long nanos) {
        upstreamCalls.computeIfAbsent(new UpstreamTags(channel, api, outcome), tags -> Timer.builder(UPSTREAM_CALLS)
                        .description("Upstream API calls made for a flow, by upstream, API and outcome")
                        .tag("upstream", tags.channel().name()).tag("api", tags.api()).tag("outcome", tags.outcome())
                        .publishPercentileHistogram()
                        .minimumExpectedValue(Duration.ofMillis(5)).maximumExpectedValue(Duration.ofSeconds(30))
                        .register(registry))
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    private Counter counter(Map<FlowTags, Counter> meters, String name, FlowTags tags) {
        return meters.computeIfAbsent(tags, t -> {
            Counter.Builder builder = Counter.builder(name)
                    .tag("channel", t.channel() == null ? "" : t.channel().name())
                    .tag("dialect", t.dialect() == null ? "" : t.dialect())
                    .tag("app", t.app() == null ? "" : t.app());
            if (t.code() != null) {
                builder.tag("code", t.code().name());
            }
            return builder.register(registry);
        });
    }
}
