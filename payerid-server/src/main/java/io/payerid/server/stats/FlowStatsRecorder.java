package io.payerid.server.stats;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.flow.FlowContext;
import io.payerid.core.flow.FlowObserver;
import io.payerid.core.tenant.ChannelKind;
import java.time.Clock;
import java.util.Map;

/**
 * Counts ended flows per minute, channel, dialect and outcome ({@code OK} or the error code) and upstream call
 * latencies per minute and channel, in memory; {@link FlowStatsFlusher} writes them to the database on a timer.
 * Nothing about the payer or the app is kept: only enum names and the dialect. On the payer's request path this
 * costs a clock read, a map lookup and an add.
 */
public class FlowStatsRecorder implements FlowObserver {

    public static final String OK = "OK";

    /** One counted cell of {@code flow_minute_stat}. */
    record FlowKey(long minuteAt, String channel, String dialect, String outcome) {
    }

    /** One counted cell of {@code upstream_latency_minute}. */
    record LatencyKey(long minuteAt, String channel, int bucketMs) {
    }

    private static final long MINUTE_MS = 60_000;

    private final Clock clock;
    private final DeltaCounters<FlowKey> flows = new DeltaCounters<>();
    private final DeltaCounters<LatencyKey> latencies = new DeltaCounters<>();

    public FlowStatsRecorder(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void completed(FlowContext flow) {
        flows.add(new FlowKey(minuteNow(), name(flow.channel()), dialect(flow.dialect()), OK), 1);
    }

    @Override
    public void failed(ChannelKind channel, String dialect, String appId, ErrorCode code) {
        flows.add(new FlowKey(minuteNow(), name(channel), dialect(dialect), code == null ? "UNKNOWN" : code.name()), 1);
    }

    @Override
    public void upstreamCall(ChannelKind channel, String api, String outcome, long nanos) {
        latencies.add(new LatencyKey(minuteNow(), name(channel), LatencyBuckets.bucketOf(nanos)), 1);
    }

    /** Counts since the last drain; minutes before the previous one are forgotten once drained. */
    Map<FlowKey, Long> drainFlows() {
        long previous = minuteNow() - MINUTE_MS;
        return flows.drain(key -> key.minuteAt() < previous);
    }

    Map<LatencyKey, Long> drainLatencies() {
        long previous = minuteNow() - MINUTE_MS;
        return latencies.drain(key -> key.minuteAt() < previous);
    }

    void giveBack(Map<FlowKey, Long> flowDeltas, Map<LatencyKey, Long> latencyDeltas) {
        flows.giveBack(flowDeltas);
        latencies.giveBack(latencyDeltas);
    }

    private long minuteNow() {
        long now = clock.millis();
        return now - now % MINUTE_MS;
    }

    private static String name(ChannelKind channel) {
        return channel == null ? "" : channel.name();
    }

    /** Dialects are the gateway's own constants; anything longer is cut so it fits its column. */
    private static String dialect(String dialect) {
        if (dialect == null) {
            return "";
        }
        return dialect.length() > 32 ? dialect.substring(0, 32) : dialect;
    }
}
