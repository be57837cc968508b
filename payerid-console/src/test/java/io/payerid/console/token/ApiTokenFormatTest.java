package io.payerid.console.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTokenFormatTest {

    @Test
    void generateWhenCalledThenPrefixedBase64urlOf256BitsAndNeverTwiceTheSame() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String token = ApiTokenFormat.generate();
            assertThat(token).matches("pid_[A-Za-z0-9_-]{43}");
            assertThat(ApiTokenFormat.looksLikeToken(token)).isTrue();
            assertThat(seen.add(token)).isTrue();
        }
    }

    @Test
    void looksLikeTokenWhenOtherShapesThenFalse() {
        assertThat(ApiTokenFormat.looksLikeToken(null)).isFalse();
        assertThat(ApiTokenFormat.looksLikeToken("test-operator-token")).isFalse();
        assertThat(ApiTokenFormat.looksLikeToken("pid_" + "a".repeat(42))).isFalse();
        assertThat(ApiTokenFormat.looksLikeToken("pid_" + "a".repeat(42) + "=")).isFalse();
    }

    @Test
    void hashWhenKnownInputThenSha256Hex() {
        assertThat(ApiTokenFormat.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void shownPartWhenTokenThenPrefixAndSixCharacters() {
        assertThat(ApiTokenFormat.shownPart("pid_abcdefghij")).isEqualTo("pid_abcdef");
    }
}
