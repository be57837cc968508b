package io.payerid.console.token;

import io.payerid.console.RandomTokens;
import io.payerid.console.account.ConsoleAccount;
import io.payerid.console.account.ConsoleAccounts;
import io.payerid.console.account.ConsoleRole;
import io.payerid.core.error.PayerIdException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The console_api_token table. A token value leaves this class only once, in the {@link IssuedToken} of
 * {@link #issue}; afterwards it is found by its SHA-256 (an exact indexed match, so no compare of secret bytes
 * happens in Java at all).
 */
public class ApiTokens {

    /** Last use is written at most this often per token: a busy script must not write a row per request. */
    static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);
    private static final String COLUMNS = "id, account_id, name, role, prefix, created_at, last_used_at, expires_at,"
            + " revoked_at";

    private final JdbcClient jdbc;
    private final ConsoleAccounts accounts;
    private final Clock clock;

    public ApiTokens(JdbcClient jdbc, ConsoleAccounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** @throws PayerIdException INVALID_REQUEST when the account may not grant {@code role} */
    public IssuedToken issue(ConsoleAccount account, String name, ConsoleRole role, Long expiresAt) {
        if (!account.role().mayGrant(role)) {
            throw PayerIdException.invalid("a " + account.role() + " account cannot issue a " + role + " token");
        }
        String value = ApiTokenFormat.generate();
        ApiToken token = new ApiToken(RandomTokens.id(), account.id(), name, role, ApiTokenFormat.shownPart(value),
                clock.millis(), null, expiresAt, null);
        jdbc.sql("INSERT INTO console_api_token (" + COLUMNS + ", token_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(token.id(), token.accountId(), name, role.name(), token.prefix(), token.createdAt(), null,
                        expiresAt, null, ApiTokenFormat.hash(value))
                .update();
        return new IssuedToken(token, value);
    }

    public List<ApiToken> ofAccount(String accountId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM console_api_token WHERE account_id = ? ORDER BY created_at DESC")
                .param(accountId).query(ApiTokens::token).list();
    }

    public List<ApiToken> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM console_api_token ORDER BY created_at DESC")
                .query(ApiTokens::token).list();
    }

    public Optional<ApiToken> byId(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM console_api_token WHERE id = ?").param(id)
                .query(ApiTokens::token).optional();
    }

    public void revoke(String id) {
        jdbc.sql("UPDATE console_api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                .params(clock.millis(), id).update();
    }

    /**
     * The caller a presented bearer value stands for: a well-formed, known, unrevoked, unexpired token of an
     * enabled account whose role still allows the token's scope (a demoted account's tokens stop working).
     */
    public Optional<TokenCaller> resolve(String presented) {
        if (!ApiTokenFormat.looksLikeToken(presented)) {
            return Optional.empty();
        }
        long now = clock.millis();
        Optional<ApiToken> token = jdbc.sql("SELECT " + COLUMNS + " FROM console_api_token WHERE token_hash = ?")
                .param(ApiTokenFormat.hash(presented)).query(ApiTokens::token).optional()
                .filter(t -> t.activeAt(now));
        Optional<TokenCaller> caller = token.flatMap(t -> accounts.byId(t.accountId())
                .filter(ConsoleAccount::enabled)
                .filter(a -> a.role().mayGrant(t.role()))
                .map(a -> new TokenCaller(t, a)));
        caller.ifPresent(c -> touch(c.token(), now));
        return caller;
    }

    private void touch(ApiToken token, long now) {
        if (token.lastUsedAt() == null || now - token.lastUsedAt() >= LAST_USED_GRANULARITY.toMillis()) {
            jdbc.sql("UPDATE console_api_token SET last_used_at = ? WHERE id = ?").params(now, token.id()).update();
        }
    }

    private static ApiToken token(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getString("id"), rs.getString("account_id"), rs.getString("name"),
                ConsoleRole.valueOf(rs.getString("role")), rs.getString("prefix"), rs.getLong("created_at"),
                nullableLong(rs, "last_used_at"), nullableLong(rs, "expires_at"), nullableLong(rs, "revoked_at"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
