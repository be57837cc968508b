package io.payerid.core.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ConstantTimeTest {

    @Test
    void equalsHexIgnoreCaseWhenOnlyCaseDiffersThenTrue() {
        assertThat(ConstantTime.equalsHexIgnoreCase("0a1B2c3D4e5F", "0A1b2C3d4E5f")).isTrue();
    }

    @Test
    void equalsHexIgnoreCaseWhenAnyCharacterOrLengthDiffersThenFalse() {
        assertThat(ConstantTime.equalsHexIgnoreCase("abcdef", "abcdee")).isFalse();
        assertThat(ConstantTime.equalsHexIgnoreCase("abcdef", "abcde")).isFalse();
        assertThat(ConstantTime.equalsHexIgnoreCase("abcdef", "")).isFalse();
        assertThat(ConstantTime.equalsHexIgnoreCase(null, "a")).isFalse();
        assertThat(ConstantTime.equalsHexIgnoreCase("a", null)).isFalse();
        // Characters whose bit 5 differs from a hex digit's must not fold onto it.
        assertThat(ConstantTime.equalsHexIgnoreCase("0a", "\u0010a")).isFalse();
        assertThat(ConstantTime.equalsHexIgnoreCase("ab", "@b")).isFalse();
        assertThat(ConstantTime.equalsHexIgnoreCase("ab", "[b")).isFalse();
        assertThat(ConstantTime.equalsHexIgnoreCase("ab", "\uff41b")).isFalse();
    }

    @Test
    void equalsHexIgnoreCaseWhenRandomPairsThenSameAnswerAsLowerCasingBoth() {
        Random random = new Random(4);
        String hex = "0123456789abcdefABCDEF";
        String alphabet = hex + "@[`{gGkK\u0130\u212a\uff41";
        for (int n = 0; n < 50_000; n++) {
            String a = random(random, hex, 4); // the expected side is always a hex digest we computed
            String b = random.nextBoolean() ? flipCase(random, a) : random(random, alphabet, 4);
            boolean expected = a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
            assertThat(ConstantTime.equalsHexIgnoreCase(a, b)).as("%s vs %s", a, b).isEqualTo(expected);
        }
    }

    private static String random(Random random, String alphabet, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static String flipCase(Random random, String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return sb.toString();
    }
}
