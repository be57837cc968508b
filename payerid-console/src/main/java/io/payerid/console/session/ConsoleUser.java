package io.payerid.console.session;

import io.payerid.console.account.ConsoleAccount;
import io.payerid.console.account.ConsoleRole;

/** The logged-in account of this request, resolved by {@link ConsoleSessionFilter} from the sealed cookie. */
public record ConsoleUser(ConsoleAccount account, ConsoleSession session) {

    public static final String REQUEST_ATTRIBUTE = ConsoleUser.class.getName();

    public ConsoleRole role() {
        return account.role();
    }

    public String username() {
        return account.username();
    }

    public String csrfToken() {
        return session.csrfToken();
    }
}
