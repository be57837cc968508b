package io.payerid.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.console.account.ConsoleAccounts;
import io.payerid.console.account.ConsoleRole;
import io.payerid.console.audit.AuditLog;
import io.payerid.console.totp.Base32;
import io.payerid.console.totp.Totp;
import io.payerid.console.totp.TotpEnrolments;
import io.payerid.server.support.Browser.Hop;
import io.payerid.server.support.GatewayTest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The TOTP second factor over HTTP: enrolment confirmed by a first code, the login's second step (wrong code,
 * replayed code, no pending state), disabling with a code, a platform admin's reset, and the secret stored encrypted.
 */
class ConsoleTotpTest extends GatewayTest {

    private static final String PASSWORD = "correct-horse-battery";
    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7 ]+)<");

    @Autowired
    ConsoleAccounts accounts;
    @Autowired
    TotpEnrolments totp;
    @Autowired
    AuditLog audit;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void loginWhenTotpEnabledThenCodeAskedAndWrongOrReplayedCodesRefused() {
        byte[] secret = enrol("totp-flow", ConsoleRole.OPERATOR);

        ConsoleClient browser = new ConsoleClient(BASE);
        Hop password = browser.tryLogin("totp-flow", PASSWORD);
        assertThat(password.status()).isEqualTo(302);
        assertThat(password.location()).endsWith("/console/login/totp");
        assertThat(browser.get("/console/password").status()).as("no session before the code").isEqualTo(303);
        assertThat(browser.get("/console/login/totp").status()).isEqualTo(200);
        Hop wrong = browser.postWithoutCsrf("/console/login/totp", Map.of("code", "000000".equals(next(secret))
                ? "111111" : "000000"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).contains("验证码错误");

        String code = next(secret);
        Hop right = browser.postWithoutCsrf("/console/login/totp", Map.of("code", code));
        assertThat(right.status()).isEqualTo(302);
        assertThat(right.location()).endsWith("/console");
        assertThat(browser.get("/console/password").status()).isEqualTo(200);

        ConsoleClient replayer = new ConsoleClient(BASE);
        assertThat(replayer.tryLogin("totp-flow", PASSWORD).status()).isEqualTo(302);
        assertThat(replayer.postWithoutCsrf("/console/login/totp", Map.of("code", code)).status())
                .as("a used code is refused").isEqualTo(401);
        assertThat(replayer.get("/console/password").status()).isEqualTo(303);
    }

    @Test
    void secondStepWhenNoPendingLoginThenBackToTheLoginPage() {
        ConsoleClient stranger = new ConsoleClient(BASE);
        Hop answer = stranger.postWithoutCsrf("/console/login/totp", Map.of("code", "123456"));
        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.location()).endsWith("/console/login");
        assertThat(stranger.get("/console/login/totp").location()).endsWith("/console/login");
    }

    @Test
    void enrolWhenConfirmedThenSecretStoredEncryptedAndDisableNeedsACode() {
        ConsoleClient user = new ConsoleClient(BASE).login(create("totp-disable", ConsoleRole.AUDITOR), PASSWORD);
        byte[] secret = enrolWith(user);
        String accountId = accounts.byUsername("totp-disable").orElseThrow().id();
        String stored = jdbc.sql("SELECT secret FROM console_totp WHERE account_id = ?").param(accountId)
                .query(String.class).single();
        assertThat(stored).startsWith("v1:").doesNotContain(Base32.encode(secret));

        assertThat(user.post("/console/totp/disable", Map.of("code", "12345")).status()).isEqualTo(400);
        assertThat(totp.enabled(accountId)).isTrue();
        assertThat(user.post("/console/totp/disable", Map.of("code", next(secret))).status()).isEqualTo(302);
        assertThat(totp.enabled(accountId)).isFalse();
    }

    @Test
    void resetWhenPlatformAdminThenPasswordAloneLogsInAgainAndOthersAreRefused() {
        enrol("totp-lost-phone", ConsoleRole.OPERATOR);
        String id = accounts.byUsername("totp-lost-phone").orElseThrow().id();
        ConsoleClient operator = new ConsoleClient(BASE).login(create("totp-other-op", ConsoleRole.OPERATOR), PASSWORD);
        operator.get("/console/password");
        assertThat(operator.post("/console/accounts/" + id + "/totp/reset", Map.of()).status()).isEqualTo(403);
        assertThat(totp.enabled(id)).isTrue();

        ConsoleClient admin = new ConsoleClient(BASE).login(create("totp-admin", ConsoleRole.PLATFORM_ADMIN), PASSWORD);
        admin.get("/console/accounts");
        assertThat(admin.post("/console/accounts/" + id + "/totp/reset", Map.of()).status()).isEqualTo(302);

        Hop login = new ConsoleClient(BASE).tryLogin("totp-lost-phone", PASSWORD);
        assertThat(login.location()).endsWith("/console");
        assertThat(audit.search("totp.reset", null, 0, 10)).isNotEmpty();
    }

    private byte[] enrol(String username, ConsoleRole role) {
        return enrolWith(new ConsoleClient(BASE).login(create(username, role), PASSWORD));
    }

    /** Enrols through the pages: reads the secret shown, refuses a wrong first code, confirms with the right one. */
    private static byte[] enrolWith(ConsoleClient user) {
        user.get("/console/totp");
        assertThat(user.post("/console/totp/enrol", Map.of()).status()).isEqualTo(302);
        Hop page = user.get("/console/totp");
        assertThat(page.body()).contains("data:image/png;base64,").contains("otpauth://totp/PayerID");
        Matcher shown = SECRET.matcher(page.body());
        assertThat(shown.find()).isTrue();
        byte[] secret = Base32.decode(shown.group(1)).orElseThrow();
        assertThat(user.post("/console/totp/confirm", Map.of("code", "abcdef")).status()).isEqualTo(400);
        assertThat(user.post("/console/totp/confirm", Map.of("code", Totp.code(secret,
                Totp.stepAt(System.currentTimeMillis())))).status()).isEqualTo(302);
        assertThat(user.get("/console/totp").body()).contains("id=\"totp-on\"");
        return secret;
    }

    /** A code of a step after the one just used (within the accepted ±1 window). */
    private static String next(byte[] secret) {
        return Totp.code(secret, Totp.stepAt(System.currentTimeMillis()) + 1);
    }

    private String create(String username, ConsoleRole role) {
        if (accounts.byUsername(username).isEmpty()) {
            accounts.create(username, PASSWORD, role, null);
        }
        return username;
    }
}
