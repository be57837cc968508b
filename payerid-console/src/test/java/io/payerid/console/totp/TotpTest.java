package io.payerid.console.totp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** RFC 6238 appendix B (SHA-1 column; the RFC prints 8 digits, 6-digit codes are their last six). */
class TotpTest {

    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void codeWhenRfc6238AppendixBTimesThenItsSha1Values() {
        assertThat(Totp.code(RFC_SECRET, Totp.stepAt(59_000L))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Totp.stepAt(1_111_111_109_000L))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Totp.stepAt(1_111_111_111_000L))).isEqualTo("050471");
        assertThat(Totp.code(RFC_SECRET, Totp.stepAt(1_234_567_890_000L))).isEqualTo("005924");
        assertThat(Totp.code(RFC_SECRET, Totp.stepAt(2_000_000_000_000L))).isEqualTo("279037");
        assertThat(Totp.code(RFC_SECRET, Totp.stepAt(20_000_000_000_000L))).isEqualTo("353130");
    }

    @Test
    void matchingStepWhenNeighbourStepThenAcceptedAndFartherRefused() {
        long now = 1_111_111_109_000L;
        long step = Totp.stepAt(now);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, 0)).hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, 0)).hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now, 0)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "12345", now, 0)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, null, now, 0)).isEmpty();
    }

    @Test
    void matchingStepWhenStepAlreadyUsedThenRefused() {
        long now = 1_111_111_109_000L;
        long step = Totp.stepAt(now);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step), now, step)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, step - 1)).isEmpty();
    }
}
