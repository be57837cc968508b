package io.payerid.console.token;

import io.payerid.console.account.ConsoleAccount;
import io.payerid.console.account.ConsoleRole;

/**
 * Who an admin-API request with an account token acts as: the token (its role is the scope) and its enabled
 * account (the merchant of a merchant user). The audit log names it {@code token:<username>/<token name>}.
 */
public record TokenCaller(ApiToken token, ConsoleAccount account) {

    public ConsoleRole role() {
        return token.role();
    }

    public String merchantId() {
        return account.merchantId();
    }

    public String actor() {
        return "token:" + account.username() + "/" + token.name();
    }
}
