package io.payerid.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RandomTextTest {

    @Test
    void nextWhenOneDrawSufficesThenOneNextBytesCall() {
        CountingRandom random = new CountingRandom(0);
        assertThat(RandomText.over(RandomText.ALPHANUMERIC, random).next(22)).isEqualTo("ABCDEFGHIJKLMNOPQRSTUV");
        assertThat(random.calls).isEqualTo(1);
    }

    @Test
    void nextWhenTooManyBytesAreRejectedThenDrawnAgain() {
        // A 22-character string draws 22 + 5 + 8 = 35 bytes: 34 rejects (248..255) leave one usable byte.
        CountingRandom random = new CountingRandom(34);
        String text = RandomText.over(RandomText.ALPHANUMERIC, random).next(22);
        assertThat(random.calls).isEqualTo(2);
        assertThat(text).hasSize(22).startsWith("AAB");
    }

    @Test
    void nextWhenByteIsTheLastAcceptedOrJustAboveTheAlphabetThenMappedModuloItsSize() {
        SecureRandom fixed = new SecureRandom() {
            @Override
            public void nextBytes(byte[] bytes) {
                Arrays.fill(bytes, (byte) 247);
                bytes[0] = 61;
                bytes[1] = 62;
            }
        };
        // 247 % 62 = 61 ('9'), 61 -> '9', 62 -> 'A'
        assertThat(RandomText.over(RandomText.ALPHANUMERIC, fixed).next(22)).isEqualTo("9A" + "9".repeat(20));
    }

    @Test
    void nextWhenAlphabetDividesTwoHundredFiftySixThenNoByteIsRejected() {
        CountingRandom random = new CountingRandom(0);
        RandomText base32 = RandomText.over("0123456789abcdefghjkmnpqrstvwxyz", random);
        assertThat(base32.next(40)).hasSize(40);
        assertThat(random.calls).isEqualTo(1);
    }

    @Test
    void nextWhenDrawnManyTimesThenEveryCharacterAboutEquallyLikely() {
        int[] counts = new int[36];
        RandomText text = RandomText.over(RandomText.UPPERCASE_ALPHANUMERIC);
        for (int i = 0; i < 3_600; i++) {
            text.next(100).chars().forEach(c -> counts[RandomText.UPPERCASE_ALPHANUMERIC.indexOf(c)]++);
        }
        // 10,000 expected each; a biased mapping (b % 36 over all 256 bytes) would give 4 of them about 11,250.
        assertThat(Arrays.stream(counts).max().getAsInt()).isLessThan(10_600);
        assertThat(Arrays.stream(counts).min().getAsInt()).isGreaterThan(9_400);
    }

    @Test
    void overWhenAlphabetHasOneOrMoreThan256CharactersThenRefused() {
        assertThatThrownBy(() -> RandomText.over("A")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RandomText.over("x".repeat(257))).isInstanceOf(IllegalArgumentException.class);
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
