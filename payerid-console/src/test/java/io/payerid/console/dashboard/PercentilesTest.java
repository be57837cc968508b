package io.payerid.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void ofWhenMostCallsFastThenP50FastAndP99TheSlowBucket() {
        TreeMap<Integer, Long> histogram = new TreeMap<>();
        histogram.put(50, 98L);
        histogram.put(250, 1L);
        histogram.put(5_000, 1L);

        assertThat(Percentiles.of(histogram, 0.50)).isEqualTo(50);
        assertThat(Percentiles.of(histogram, 0.99)).isEqualTo(250);
        assertThat(Percentiles.of(histogram, 1.0)).isEqualTo(5_000);
    }

    @Test
    void ofWhenNoCallsThenNull() {
        assertThat(Percentiles.of(new TreeMap<>(), 0.5)).isNull();
    }

    @Test
    void ofWhenNodesMergedThenPercentileOfTheSumNotTheAverage() {
        // node A: 10 calls at <=10 ms; node B: 10 calls at <=1000 ms. Merged p50 is 10 ms, p99 is 1000 ms.
        TreeMap<Integer, Long> merged = new TreeMap<>();
        merged.merge(10, 10L, Long::sum);
        merged.merge(1_000, 10L, Long::sum);

        assertThat(Percentiles.of(merged, 0.50)).isEqualTo(10);
        assertThat(Percentiles.of(merged, 0.99)).isEqualTo(1_000);
    }
}
