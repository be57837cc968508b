package io.payerid.sandbox.wechat;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuthorizeRequestValidatorTest {

    private final SandboxWechatApps apps = new SandboxWechatApps(
            List.of(new SandboxWechatApp("wx1", "s", List.of("merchant.example"), null)));

    @Test
    void relaxedStateAcceptsAnyCharactersButKeepsThe128ByteLimit() {
        AuthorizeRequestValidator relaxed = new AuthorizeRequestValidator(apps, false);

        assertThat(validate(relaxed, "a-b c/中")).isInstanceOf(AuthorizeRequestValidator.Outcome.Accepted.class);
        // 43 CJK characters are 129 bytes in UTF-8.
        assertThat(validate(relaxed, "中".repeat(43))).isInstanceOf(AuthorizeRequestValidator.Outcome.Rejected.class);
        assertThat(validate(relaxed, "中".repeat(42) + "ab")).isInstanceOf(AuthorizeRequestValidator.Outcome.Accepted.class);
    }

    @Test
    void strictStateAcceptsOnlyLettersAndDigits() {
        AuthorizeRequestValidator strict = new AuthorizeRequestValidator(apps, true);

        assertThat(validate(strict, "Ab09")).isInstanceOf(AuthorizeRequestValidator.Outcome.Accepted.class);
        assertThat(validate(strict, "")).isInstanceOf(AuthorizeRequestValidator.Outcome.Accepted.class);
        assertThat(validate(strict, "a-b")).isEqualTo(
                new AuthorizeRequestValidator.Outcome.Rejected(WechatErrorPage.stateInvalid(true)));
    }

    private static AuthorizeRequestValidator.Outcome validate(AuthorizeRequestValidator validator, String state) {
        return validator.validate("wx1", "https://merchant.example/cb", "code", "snsapi_base", state);
    }
}
