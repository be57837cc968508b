package io.payerid.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.console.account.ConsoleAccounts;
import io.payerid.console.account.ConsoleRole;
import io.payerid.console.audit.AuditLog;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.server.support.Browser.Hop;
import io.payerid.server.support.GatewayTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Console sessions over HTTP: CSRF refusal, login CSRF, throttling, logout and password change revoking sessions. */
class ConsoleSessionTest extends GatewayTest {

    private static final String PASSWORD = "session-test-password";

    @Autowired
    ConsoleAccounts accounts;
    @Autowired
    TenantDirectory directory;
    @Autowired
    AuditLog audit;

    @BeforeEach
    void operator() {
        for (String name : new String[]{"session-operator", "session-changer", "session-throttled"}) {
            if (accounts.byUsername(name).isEmpty()) {
                accounts.create(name, PASSWORD, ConsoleRole.OPERATOR, null);
            }
        }
    }

    @Test
    void postWhenCsrfTokenMissingOrWrongThen403AndNothingChanges() {
        ConsoleClient client = new ConsoleClient(BASE).login("session-operator", PASSWORD);
        client.get("/console/institutions");

        Hop missing = client.postWithoutCsrf("/console/institutions", Map.of("instNo", "CSRF_MISSING", "name", "x"));
        Hop wrong = client.postWithoutCsrf("/console/institutions",
                Map.of("instNo", "CSRF_WRONG", "name", "x", "_csrf", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));

        assertThat(missing.status()).isEqualTo(403);
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(directory.institutionByInstNo("CSRF_MISSING")).isEmpty();
        assertThat(directory.institutionByInstNo("CSRF_WRONG")).isEmpty();
        assertThat(client.post("/console/institutions", Map.of("instNo", "CSRF_RIGHT", "name", "x")).status()).isEqualTo(302);
        assertThat(directory.institutionByInstNo("CSRF_RIGHT")).isPresent();
    }

    @Test
    void csrfTokenWhenFromAnotherSessionThen403() {
        ConsoleClient first = new ConsoleClient(BASE).login("session-operator", PASSWORD);
        ConsoleClient second = new ConsoleClient(BASE).login("session-operator", PASSWORD);
        first.get("/console/institutions");
        Hop page = second.get("/console/institutions");
        String secondsToken = page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([A-Za-z0-9]+)\".*", "$1");

        Hop answer = first.postWithoutCsrf("/console/institutions",
                Map.of("instNo", "CSRF_CROSS", "name", "x", "_csrf", secondsToken));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(directory.institutionByInstNo("CSRF_CROSS")).isEmpty();
    }

    @Test
    void loginWhenFormTokenMissingThen403AndNoSession() {
        ConsoleClient client = new ConsoleClient(BASE);
        Hop answer = client.postWithoutCsrf("/console/login", Map.of("username", "session-operator", "password", PASSWORD));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(client.get("/console").status()).isEqualTo(303);
    }

    /** People type their password into the username field: a name no account has must not reach the audit log. */
    @Test
    void loginWhenUsernameNamesNoAccountThenAuditRecordsNeitherTheTypedNameNorThePassword() {
        String typedPassword = "My-Secret-Passw0rd-" + System.nanoTime();
        assertThat(new ConsoleClient(BASE).tryLogin(typedPassword, typedPassword).status()).isEqualTo(401);
        assertThat(new ConsoleClient(BASE).tryLogin("session-operator", "wrong-password").status()).isEqualTo(401);

        assertThat(audit.search(typedPassword, null, 0, 10)).isEmpty();
        assertThat(audit.search("login.failed", null, 0, 500)).extracting(e -> e.toString())
                .anyMatch(e -> e.contains("(unknown account)")).anyMatch(e -> e.contains("session-operator"))
                .noneMatch(e -> e.contains(typedPassword));
    }

    @Test
    void loginWhenTooManyAttemptsForOneAccountThen429EvenWithTheRightPassword() {
        ConsoleClient client = new ConsoleClient(BASE);
        for (int i = 0; i < 10; i++) {
            assertThat(client.tryLogin("session-throttled", "wrong-password-" + i).status()).isEqualTo(401);
        }
        Hop refused = client.tryLogin("session-throttled", PASSWORD);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("尝试次数过多");
        assertThat(client.get("/console").status()).isEqualTo(303);
    }

    @Test
    void logoutWhenDoneThenACopyOfTheSessionCookieNoLongerWorks() {
        ConsoleClient client = new ConsoleClient(BASE).login("session-operator", PASSWORD);
        ConsoleClient copy = new ConsoleClient(BASE).login("session-operator", PASSWORD);
        client.get("/console");

        assertThat(client.post("/console/logout", Map.of()).status()).isEqualTo(302);

        assertThat(client.get("/console").status()).isEqualTo(303);
        assertThat(copy.get("/console/institutions").status()).as("sessions issued before the logout").isEqualTo(303);
    }

    @Test
    void passwordChangeWhenDoneThenOtherSessionsEndAndThisOneGoesOn() {
        ConsoleClient changer = new ConsoleClient(BASE).login("session-changer", PASSWORD);
        ConsoleClient other = new ConsoleClient(BASE).login("session-changer", PASSWORD);
        changer.get("/console/password");

        Hop tooShort = changer.post("/console/password", Map.of("current", PASSWORD, "replacement", "short"));
        Hop wrongCurrent = changer.post("/console/password", Map.of("current", "not-it", "replacement", "a-long-new-password"));
        Hop changed = changer.post("/console/password", Map.of("current", PASSWORD, "replacement", "a-long-new-password"));

        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(changed.status()).isEqualTo(302);
        assertThat(changer.get("/console/institutions").status()).isEqualTo(200);
        assertThat(other.get("/console/institutions").status()).isEqualTo(303);
        assertThat(new ConsoleClient(BASE).tryLogin("session-changer", PASSWORD).status()).isEqualTo(401);
        new ConsoleClient(BASE).login("session-changer", "a-long-new-password");
    }

    @Test
    void sessionCookieWhenTamperedThenLoginPage() {
        ConsoleClient client = new ConsoleClient(BASE).login("session-operator", PASSWORD);
        String cookie = client.browser().lastSetCookie("payerid_console");
        String value = cookie.substring("payerid_console=".length(), cookie.indexOf(';'));
        // a character inside the ciphertext (the last one may only carry base64 padding bits)
        int at = value.length() - 10;
        String tampered = value.substring(0, at) + (value.charAt(at) == 'A' ? 'B' : 'A') + value.substring(at + 1);

        Hop answer = new RawConsoleRequest(BASE).get("/console/institutions", "payerid_console=" + tampered);

        assertThat(answer.status()).isEqualTo(303);
    }
}
