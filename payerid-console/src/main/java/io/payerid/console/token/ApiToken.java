package io.payerid.console.token;

import io.payerid.console.account.ConsoleRole;

/**
 * A named admin-API token of one account, scoped to a role no higher than the account's. Holds no secret: only the
 * prefix of the value is kept for recognition (the value itself is stored only as a hash). Times are epoch ms;
 * {@code lastUsedAt}, {@code expiresAt} and {@code revokedAt} are null when not set.
 */
public record ApiToken(String id, String accountId, String name, ConsoleRole role, String prefix, long createdAt,
                       Long lastUsedAt, Long expiresAt, Long revokedAt) {

    /** Usable now: not revoked and not past its expiry. */
    public boolean activeAt(long now) {
        return revokedAt == null && (expiresAt == null || now < expiresAt);
    }
}
