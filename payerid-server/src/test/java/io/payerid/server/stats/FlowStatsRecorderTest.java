package io.payerid.server.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.server.stats.FlowStatsRecorder.FlowKey;
import io.payerid.server.stats.FlowStatsRecorder.LatencyKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FlowStatsRecorderTest {

    private static final long MINUTE = 60_000;
    private static final Instant AT = Instant.parse("2026-12-02T10:15:42Z");

    private final FlowStatsRecorder recorder = new FlowStatsRecorder(Clock.fixed(AT, ZoneOffset.UTC));

    @Test
    void drainFlowsWhenFailuresRecordedThenCountedPerMinuteChannelDialectAndCode() {
        recorder.failed(ChannelKind.ALIPAY, "dialect-a", "app-1", ErrorCode.UPSTREAM_ERROR);
        recorder.failed(ChannelKind.ALIPAY, "dialect-a", "app-2", ErrorCode.UPSTREAM_ERROR);
        recorder.failed(ChannelKind.ALIPAY, null, "app-2", null);

        long minute = AT.toEpochMilli() - AT.toEpochMilli() % MINUTE;
        assertThat(recorder.drainFlows()).containsOnly(
                Map.entry(new FlowKey(minute, "ALIPAY", "dialect-a", "UPSTREAM_ERROR"), 2L),
                Map.entry(new FlowKey(minute, "ALIPAY", "", "UNKNOWN"), 1L));
        assertThat(recorder.drainFlows()).as("a second drain has nothing new").isEmpty();
    }

    @Test
    void drainLatenciesWhenCallsRecordedThenCountedInFixedBuckets() {
        recorder.upstreamCall(ChannelKind.WECHAT_OA, "oauth.exchange", "ok", TimeUnit.MILLISECONDS.toNanos(3));
        recorder.upstreamCall(ChannelKind.WECHAT_OA, "oauth.exchange", "ok", TimeUnit.MILLISECONDS.toNanos(240));
        recorder.upstreamCall(ChannelKind.WECHAT_OA, "oauth.exchange", "ok", TimeUnit.SECONDS.toNanos(90));

        long minute = AT.toEpochMilli() - AT.toEpochMilli() % MINUTE;
        assertThat(recorder.drainLatencies()).containsOnly(
                Map.entry(new LatencyKey(minute, "WECHAT_OA", 5), 1L),
                Map.entry(new LatencyKey(minute, "WECHAT_OA", 250), 1L),
                Map.entry(new LatencyKey(minute, "WECHAT_OA", LatencyBuckets.OVERFLOW), 1L));
    }

    @Test
    void drainWhenCountsGivenBackThenReturnedAgain() {
        recorder.failed(ChannelKind.UNIONPAY, "d", "a", ErrorCode.UPSTREAM_ERROR);
        Map<FlowKey, Long> flows = recorder.drainFlows();
        recorder.giveBack(flows, Map.of());
        recorder.failed(ChannelKind.UNIONPAY, "d", "a", ErrorCode.UPSTREAM_ERROR);

        assertThat(recorder.drainFlows().values()).containsExactly(2L);
    }

    @Test
    void drainWhenManyThreadsRecordWhileDrainingThenEveryIncrementFlushedOnce() throws InterruptedException {
        long[] drained = new long[1];
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            pool.execute(() -> {
                for (int i = 0; i < 50_000; i++) {
                    recorder.failed(ChannelKind.ALIPAY, "d", "a", ErrorCode.UPSTREAM_ERROR);
                }
            });
        }
        pool.shutdown();
        while (!pool.awaitTermination(1, TimeUnit.MILLISECONDS)) {
            recorder.drainFlows().values().forEach(n -> drained[0] += n);
        }
        recorder.drainFlows().values().forEach(n -> drained[0] += n);

        assertThat(drained[0]).isEqualTo(200_000);
    }
}
