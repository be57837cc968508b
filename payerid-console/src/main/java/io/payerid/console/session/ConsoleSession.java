package io.payerid.console.session;

/**
 * What the sealed session cookie carries: whose session it is, its CSRF token, when it was issued (a password
 * change ends older sessions) and when it was last used (idle timeout). No role: the account is read on every
 * request, so a disabled account or a changed role takes effect at once on every node.
 */
public record ConsoleSession(String accountId, String csrfToken, long issuedAt, long lastSeenAt) {

    public ConsoleSession touchedAt(long now) {
        return new ConsoleSession(accountId, csrfToken, issuedAt, now);
    }

    @Override
    public String toString() {
        return "ConsoleSession[" + accountId + "]";
    }
}
