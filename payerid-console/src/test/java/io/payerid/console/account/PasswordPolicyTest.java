package io.payerid.console.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void refusalWhenShortOrHugeThenKeyOtherwiseEmpty() {
        assertThat(PasswordPolicy.refusal(null)).contains("password.tooShort");
        assertThat(PasswordPolicy.refusal("123456789")).contains("password.tooShort");
        assertThat(PasswordPolicy.refusal("1234567890")).isEmpty();
        assertThat(PasswordPolicy.refusal("x".repeat(129))).contains("password.tooLong");
    }
}
