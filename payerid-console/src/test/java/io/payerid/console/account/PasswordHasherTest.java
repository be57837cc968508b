package io.payerid.console.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1000);

    @Test
    void matchesWhenSamePasswordThenTrueAndOtherwiseFalse() {
        String hash = hasher.hash("correct horse battery");

        assertThat(hasher.matches("correct horse battery", hash)).isTrue();
        assertThat(hasher.matches("correct horse batterY", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
    }

    @Test
    void hashWhenSamePasswordTwiceThenDifferentSaltsAndNoPlainText() {
        String first = hasher.hash("same-password");
        String second = hasher.hash("same-password");

        assertThat(first).isNotEqualTo(second).startsWith("pbkdf2-sha256$1000$").doesNotContain("same-password");
        assertThat(first.split("\\$")).hasSize(4);
    }

    @Test
    void matchesWhenHashMadeWithAnotherIterationCountThenStillVerifies() {
        String older = new PasswordHasher(500).hash("kept-working");

        assertThat(hasher.matches("kept-working", older)).isTrue();
    }

    @Test
    void matchesWhenStoredValueIsNotOurHashThenFalse() {
        assertThat(hasher.matches("x", null)).isFalse();
        assertThat(hasher.matches("x", "plain-text")).isFalse();
        assertThat(hasher.matches("x", "pbkdf2-sha256$abc$AAAA$AAAA")).isFalse();
        assertThat(hasher.matches("x", "pbkdf2-sha256$1000$!!!$AAAA")).isFalse();
        assertThat(hasher.matches(null, hasher.hash("x"))).isFalse();
    }
}
