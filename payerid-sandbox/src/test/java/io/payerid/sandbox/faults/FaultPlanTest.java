package io.payerid.sandbox.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultPlanTest {

    @Test
    void noneWhenLoadedThenNoLatencyAndNoErrors() {
        assertThat(FaultPlan.NONE.latency()).isZero();
        assertThat(FaultPlan.NONE.errorShare()).isZero();
    }

    @Test
    void constructorWhenOutOfRangeThenRefused() {
        assertThatThrownBy(() -> new FaultPlan(Duration.ofMillis(-1), 0, FaultKind.BUSY, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FaultPlan(Duration.ofMinutes(6), 0, FaultKind.BUSY, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FaultPlan(Duration.ZERO, 1.01, FaultKind.BUSY, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FaultPlan(Duration.ZERO, Double.NaN, FaultKind.BUSY, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FaultPlan(Duration.ZERO, 0, null, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
