package io.payerid.console.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payerid.console.port.ChannelProbes;
import io.payerid.console.port.ProbeAnswer;
import io.payerid.console.port.ProbeOutcome;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.OwnerType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The channel-test timeout: validated when the console starts, and a probe that throws is an outcome, not a 500. */
class ChannelTestDeadlineTest {

    private static final ChannelProbes ANSWERS_OK = saved -> new ProbeAnswer(ProbeOutcome.OK, null);
    private static final ChannelConfig SAVED = new ChannelConfig("c1", OwnerType.INSTITUTION, "i1", ChannelKind.WECHAT_OA,
            ChannelMode.DIRECT, Map.of(), Map.of(), 0);

    @Test
    void constructorWhenTimeoutNotPositiveOrOverAMinuteThenRefusedNamingTheProperty() {
        for (Duration bad : new Duration[]{Duration.ZERO, Duration.ofSeconds(-1), Duration.ofSeconds(61), null}) {
            assertThatThrownBy(() -> new ChannelTestDeadline(ANSWERS_OK, bad)).as(String.valueOf(bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("payerid.console.channel-test-timeout");
        }
        assertThat(new ChannelTestDeadline(ANSWERS_OK, Duration.ofSeconds(60)).timeout()).hasSeconds(60);
    }

    @Test
    void runWhenProbeThrowsThenGarbledWithoutItsMessage() {
        ChannelProbes broken = saved -> {
            throw new IllegalStateException("secret-looking text");
        };

        ChannelTestResult result = new ChannelTestDeadline(broken, Duration.ofSeconds(1)).run(SAVED);

        assertThat(result.outcome()).isEqualTo(ProbeOutcome.GARBLED);
        assertThat(result.detail()).isNull();
        assertThat(result.kind()).isEqualTo(ChannelKind.WECHAT_OA);
    }
}
