package io.payerid.server.hostile;

import io.payerid.console.account.ConsoleAccounts;
import io.payerid.console.session.ConsoleSession;
import io.payerid.console.session.SessionSealer;
import io.payerid.core.crypto.KeyRing;
import org.springframework.context.ApplicationContext;

/**
 * A fresh console session of the embedded platform admin, as the header lines a browser would send (the sealed
 * cookie and the CSRF token). Minted per endpoint: a hostile POST to /console/logout ends the sessions before it.
 */
final class ConsoleHostileSession {

    private static final String CSRF = "HostileSuiteCsrfToken0123456789a";

    private ConsoleHostileSession() {
    }

    static String mint(ApplicationContext context) {
        String accountId = context.getBean(ConsoleAccounts.class).byUsername("admin").orElseThrow().id();
        long now = System.currentTimeMillis();
        String sealed = new SessionSealer(context.getBean("masterKeyRing", KeyRing.class))
                .seal(new ConsoleSession(accountId, CSRF, now, now));
        return "Cookie: payerid_console=" + sealed + "\r\nX-CSRF-Token: " + CSRF;
    }
}
