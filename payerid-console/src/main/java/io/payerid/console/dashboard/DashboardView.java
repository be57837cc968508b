package io.payerid.console.dashboard;

import io.payerid.console.port.DashboardFigures.FlowCount;
import io.payerid.console.port.DashboardFigures.LatencyCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.LongFunction;

/** What the dashboard page shows, computed from the figures of one window (and one node or all). */
record DashboardView(long flows, long succeeded, List<ChannelRow> channels, List<CodeRow> topErrors,
                     List<LatencyRow> latencies, TimeChart flowChart, TimeChart failureChart) {

    /** How many error codes the page lists. */
    static final int TOP_ERRORS = 10;

    record ChannelRow(String channel, String dialect, long flows, long succeeded) {
        public String successRate() {
            return rate(succeeded, flows);
        }
    }

    record CodeRow(String code, long flows) {
    }

    /** {@code channel} is null on the row for all channels together. */
    record LatencyRow(String channel, long calls, Integer p50, Integer p99) {
    }

    public String successRate() {
        return rate(succeeded, flows);
    }

    static DashboardView of(List<FlowCount> counts, List<LatencyCount> latencyCounts, long since, long binMillis,
                            int bins, LongFunction<String> timeLabel) {
        Map<String, long[]> perChannel = new TreeMap<>();
        long[] failures = new long[bins];
        Map<List<String>, long[]> perDialect = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        Map<String, Long> errors = new TreeMap<>();
        long flows = 0;
        long succeeded = 0;
        for (FlowCount count : counts) {
            int bin = (int) ((count.binAt() - since) / binMillis);
            boolean ok = "OK".equals(count.outcome());
            if (bin >= 0 && bin < bins) {
                perChannel.computeIfAbsent(count.channel(), c -> new long[bins])[bin] += count.flows();
                failures[bin] += ok ? 0 : count.flows();
            }
            long[] row = perDialect.computeIfAbsent(List.of(count.channel(), count.dialect()), k -> new long[2]);
            row[0] += count.flows();
            row[1] += ok ? count.flows() : 0;
            if (!ok) {
                errors.merge(count.outcome(), count.flows(), Long::sum);
            }
            flows += count.flows();
            succeeded += ok ? count.flows() : 0;
        }
        String first = timeLabel.apply(since);
        String last = timeLabel.apply(since + (bins - 1) * binMillis);
        return new DashboardView(flows, succeeded, channelRows(perDialect), topErrors(errors), latencyRows(latencyCounts),
                TimeChart.lines(perChannel, first, last), TimeChart.bars(failures, first, last));
    }

    private static List<ChannelRow> channelRows(Map<List<String>, long[]> perDialect) {
        List<ChannelRow> rows = new ArrayList<>();
        perDialect.forEach((key, row) -> rows.add(new ChannelRow(key.get(0), key.get(1), row[0], row[1])));
        return rows;
    }

    private static List<CodeRow> topErrors(Map<String, Long> errors) {
        return errors.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_ERRORS).map(e -> new CodeRow(e.getKey(), e.getValue())).toList();
    }

    private static List<LatencyRow> latencyRows(List<LatencyCount> counts) {
        Map<String, SortedMap<Integer, Long>> perChannel = new TreeMap<>();
        SortedMap<Integer, Long> all = new TreeMap<>();
        for (LatencyCount count : counts) {
            perChannel.computeIfAbsent(count.channel(), c -> new TreeMap<>()).merge(count.bucketMs(), count.calls(), Long::sum);
            all.merge(count.bucketMs(), count.calls(), Long::sum);
        }
        List<LatencyRow> rows = new ArrayList<>();
        perChannel.forEach((channel, histogram) -> rows.add(row(channel, histogram)));
        if (!all.isEmpty()) {
            rows.add(row(null, all));
        }
        return rows;
    }

    private static LatencyRow row(String channel, SortedMap<Integer, Long> histogram) {
        long calls = histogram.values().stream().mapToLong(Long::longValue).sum();
        return new LatencyRow(channel, calls, Percentiles.of(histogram, 0.50), Percentiles.of(histogram, 0.99));
    }

    private static String rate(long part, long whole) {
        return whole == 0 ? "–" : String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }
}
