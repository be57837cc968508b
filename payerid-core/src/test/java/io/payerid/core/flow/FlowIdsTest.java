package io.payerid.core.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlowIdsTest {

    @Test
    void nextWhenCalledThenTwentyTwoAlphanumericsAndNoRepeats() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = FlowIds.next();
            assertThat(id).matches("[A-Za-z0-9]{22}");
            assertThat(seen.add(id)).isTrue();
        }
    }

    @Test
    void fromRandomBytesWhenOneDrawSufficesThenOneNextBytesCall() {
        CountingRandom random = new CountingRandom(0);
        assertThat(FlowIds.fromRandomBytes(random)).isEqualTo("ABCDEFGHIJKLMNOPQRSTUV");
        assertThat(random.calls).isEqualTo(1);
    }

    @Test
    void fromRandomBytesWhenBytesAbove247ThenRejectedAndDrawnAgain() {
        // First draw: 30 rejects (248..255) and two usable bytes; the rest comes from a second draw.
        CountingRandom random = new CountingRandom(30);
        String id = FlowIds.fromRandomBytes(random);
        assertThat(random.calls).isEqualTo(2);
        assertThat(id).hasSize(22).startsWith("ABAB");
    }

    @Test
    void fromRandomBytesWhenByteIs247Or61Or62ThenMappedModulo62() {
        SecureRandom fixed = new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                Arrays.fill(bytes, (byte) 247);
                bytes[0] = 61;
                bytes[1] = 62;
            }
        };
        // 247 % 62 = 61 ('9'), 61 -> '9', 62 -> 'A'
        assertThat(FlowIds.fromRandomBytes(fixed)).isEqualTo("9A" + "9".repeat(20));
    }

    /** Fills with {@code rejects} bytes of 248+ first, then 0, 1, 2, … per draw. */
    private static final class CountingRandom extends SecureRandom {
        private final int rejects;
        int calls;

        CountingRandom(int rejects) {
            this.rejects = rejects;
        }

        @Override
        public void nextBytes(byte[] bytes) {
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = calls == 0 && i < rejects ? (byte) (248 + i % 8) : (byte) (calls == 0 ? i - rejects : i);
            }
            calls++;
        }
    }
}
