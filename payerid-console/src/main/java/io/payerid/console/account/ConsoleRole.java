package io.payerid.console.account;

/**
 * What a console account may do. Checked on the server for every page and action
 * ({@link io.payerid.console.web.ConsoleAccess}); the templates only hide what a role cannot use.
 */
public enum ConsoleRole {

    /** Everything, accounts included. */
    PLATFORM_ADMIN,
    /** Institutions, merchants, apps, channels, whitelists and QR entries; no accounts. */
    OPERATOR,
    /** Reads everything and the audit log; changes nothing. */
    AUDITOR,
    /** Only its own merchant: apps, keys, whitelist, QR entries. */
    MERCHANT_USER;

    public boolean managesAccounts() {
        return this == PLATFORM_ADMIN;
    }

    /** May change tenants across the platform (institutions, channels, any merchant). */
    public boolean operatesPlatform() {
        return this == PLATFORM_ADMIN || this == OPERATOR;
    }

    public boolean readsPlatform() {
        return this != MERCHANT_USER;
    }

    public boolean merchantScoped() {
        return this == MERCHANT_USER;
    }

    /**
     * Whether an account of this role may give an API token the role {@code scope}: never more than its own, and a
     * merchant user only its own (its token is bound to its merchant); platform roles cannot mint merchant tokens.
     */
    public boolean mayGrant(ConsoleRole scope) {
        if (this == MERCHANT_USER || scope == MERCHANT_USER) {
            return this == scope;
        }
        return scope.ordinal() >= ordinal();
    }
}
