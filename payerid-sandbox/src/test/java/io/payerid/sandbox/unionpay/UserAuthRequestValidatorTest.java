package io.payerid.sandbox.unionpay;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UserAuthRequestValidatorTest {

    private final SandboxAcquirerMerchants merchants = new SandboxAcquirerMerchants(
            List.of(new SandboxAcquirerMerchant("M1", "k", List.of("merchant.example"))));

    @Test
    void theAppCheckCanBeSwitchedOffForDesktopTesting() {
        UserAuthRequestValidator strict = new UserAuthRequestValidator(merchants, true);
        UserAuthRequestValidator lenient = new UserAuthRequestValidator(merchants, false);

        assertThat(strict.validate("Mozilla/5.0 Chrome/126", "1.0.0", "https://merchant.example/cb"))
                .isEqualTo(new UserAuthRequestValidator.Outcome.Rejected(UserAuthErrorPage.notInUnionPayApp()));
        assertThat(strict.validate(null, "1.0.0", "https://merchant.example/cb"))
                .isEqualTo(new UserAuthRequestValidator.Outcome.Rejected(UserAuthErrorPage.notInUnionPayApp()));
        assertThat(lenient.validate("Mozilla/5.0 Chrome/126", "1.0.0", "https://merchant.example/cb")).isEqualTo(
                new UserAuthRequestValidator.Outcome.Accepted(new UserAuthRequest("1.0.0", "https://merchant.example/cb")));
    }

    @Test
    void checksComeInOrder() {
        UserAuthRequestValidator strict = new UserAuthRequestValidator(merchants, true);
        String ua = "(UnionPay/1.0 CloudPay)";
        assertThat(strict.validate(ua, "1.0.0<", "https://evil.example/"))
                .isEqualTo(new UserAuthRequestValidator.Outcome.Rejected(UserAuthErrorPage.versionMissing()));
        assertThat(strict.validate(ua, "1.0.0", "ftp://merchant.example/"))
                .isEqualTo(new UserAuthRequestValidator.Outcome.Rejected(UserAuthErrorPage.redirectUrlMissing()));
        assertThat(strict.validate(ua, "1.0.0", "https://evil.example/"))
                .isEqualTo(new UserAuthRequestValidator.Outcome.Rejected(UserAuthErrorPage.redirectDomainNotRegistered()));
    }
}
