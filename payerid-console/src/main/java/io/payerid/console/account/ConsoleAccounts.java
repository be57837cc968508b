package io.payerid.console.account;

import io.payerid.console.RandomTokens;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The console_account table. Passwords arrive in clear and leave this class only as hashes. */
public class ConsoleAccounts {

    private final JdbcClient jdbc;
    private final PasswordHasher hasher;
    private final Clock clock;

    public ConsoleAccounts(JdbcClient jdbc, PasswordHasher hasher, Clock clock) {
        this.jdbc = jdbc;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** @throws PayerIdException CONFLICT when the username is taken */
    public ConsoleAccount create(String username, String password, ConsoleRole role, String merchantId) {
        if (role.merchantScoped() != (merchantId != null)) {
            throw PayerIdException.invalid("a merchant user needs exactly one merchant, other roles none");
        }
        long now = clock.millis();
        ConsoleAccount account = new ConsoleAccount(RandomTokens.id(), username, hasher.hash(password), role,
                merchantId, true, now, now);
        try {
            jdbc.sql("INSERT INTO console_account (id, username, password_hash, role, merchant_id, enabled, created_at,"
                            + " sessions_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(account.id(), account.username(), account.passwordHash(), role.name(), merchantId, true,
                            now, now)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new PayerIdException(ErrorCode.CONFLICT, "username '" + username + "' is taken");
        }
        return account;
    }

    public Optional<ConsoleAccount> byUsername(String username) {
        return jdbc.sql("SELECT * FROM console_account WHERE username = ?").param(username)
                .query(ConsoleAccounts::account).optional();
    }

    public Optional<ConsoleAccount> byId(String id) {
        return jdbc.sql("SELECT * FROM console_account WHERE id = ?").param(id).query(ConsoleAccounts::account).optional();
    }

    public List<ConsoleAccount> all() {
        return jdbc.sql("SELECT * FROM console_account ORDER BY username").query(ConsoleAccounts::account).list();
    }

    /** The account when the password is right and the account enabled; the same time is spent either way. */
    public Optional<ConsoleAccount> authenticate(String username, String password) {
        Optional<ConsoleAccount> account = byUsername(username);
        if (account.isEmpty()) {
            hasher.burnOneVerification(password);
            return Optional.empty();
        }
        boolean right = hasher.matches(password, account.get().passwordHash());
        return right && account.get().enabled() ? account : Optional.empty();
    }

    /** Sets a new password; sessions issued before now stop working (see {@link ConsoleAccount#sessionsAfter()}). */
    public void changePassword(String accountId, String newPassword) {
        jdbc.sql("UPDATE console_account SET password_hash = ?, sessions_after = ? WHERE id = ?")
                .params(hasher.hash(newPassword), clock.millis(), accountId).update();
    }

    /** Ends every session of the account issued before now (logout: copies of the cookie stop working too). */
    public void endSessions(String accountId) {
        jdbc.sql("UPDATE console_account SET sessions_after = ? WHERE id = ?").params(clock.millis(), accountId).update();
    }

    public void setEnabled(String accountId, boolean enabled) {
        jdbc.sql("UPDATE console_account SET enabled = ? WHERE id = ?").params(enabled, accountId).update();
    }

    public boolean passwordMatches(ConsoleAccount account, String password) {
        return hasher.matches(password, account.passwordHash());
    }

    private static ConsoleAccount account(ResultSet rs, int row) throws SQLException {
        return new ConsoleAccount(rs.getString("id"), rs.getString("username"), rs.getString("password_hash"),
                ConsoleRole.valueOf(rs.getString("role")), rs.getString("merchant_id"), rs.getBoolean("enabled"),
                rs.getLong("created_at"), rs.getLong("sessions_after"));
    }
}
