package io.payerid.server.support.logguard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The guard itself must be able to fail: a secret or a secret-shaped URL in any log line is caught. */
class LogGuardTest {

    private static final Logger log = LoggerFactory.getLogger(LogGuardTest.class);

    @Test
    void assertNoSecretLoggedWhenAFixtureSecretIsLoggedThenFailsWithoutPrintingIt() {
        String secret = LogGuard.secret("fixture-app-secret-0123456789");
        log.error("upstream failed", new IllegalStateException("GET /x?token=" + secret));

        assertThatThrownBy(LogGuard::assertNoSecretLogged).isInstanceOf(AssertionError.class)
                .hasMessageContaining("LogGuardTest").hasMessageNotContaining(secret);
        LogGuard.assertNoSecretLogged(); // reset: the next check starts clean
    }

    @Test
    void assertNoSecretLoggedWhenAWechatUrlCarriesASecretThenFails() {
        log.warn("Illegal character in query: https://api.weixin.qq.com/sns/oauth2/access_token?appid=wx1&secret=s3cr3t&code=a b");
        assertThatThrownBy(LogGuard::assertNoSecretLogged).hasMessageContaining("secret-shaped");
    }

    @Test
    void assertNoSecretLoggedWhenOnlyMaskedOrInnocentTextThenPasses() {
        log.warn("WeChat errcode 40029 for appid wx1, secret=*** withheld");
        LogGuard.assertNoSecretLogged();
        assertThat(LogGuard.stackTracesLogged()).isEmpty();
    }
}
