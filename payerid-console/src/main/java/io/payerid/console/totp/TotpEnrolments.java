package io.payerid.console.totp;

import io.payerid.core.crypto.SecretCipher;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The console_totp table. Secrets are stored encrypted with the gateway's secret cipher. Accepting a code moves
 * {@code last_step} forward with a conditional update, so of two concurrent uses of one code (two nodes) only one
 * wins, and a code is never accepted twice.
 */
public class TotpEnrolments {

    private final JdbcClient jdbc;
    private final SecretCipher cipher;
    private final Clock clock;

    public TotpEnrolments(JdbcClient jdbc, SecretCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    public Optional<TotpEnrolment> of(String accountId) {
        return jdbc.sql("SELECT account_id, enabled, last_step FROM console_totp WHERE account_id = ?").param(accountId)
                .query((rs, row) -> new TotpEnrolment(rs.getString(1), rs.getBoolean(2), rs.getLong(3))).optional();
    }

    public boolean enabled(String accountId) {
        return of(accountId).map(TotpEnrolment::enabled).orElse(false);
    }

    /** A new, not yet enabled secret for the account (replacing an unconfirmed one); its base32 text. */
    public String start(String accountId) {
        byte[] secret = Totp.newSecret();
        remove(accountId);
        jdbc.sql("INSERT INTO console_totp (account_id, secret, enabled, last_step, created_at) VALUES (?, ?, ?, ?, ?)")
                .params(accountId, cipher.encrypt(Base32.encode(secret)), false, 0L, clock.millis()).update();
        return Base32.encode(secret);
    }

    /** The base32 secret of an enrolment not yet confirmed (for showing it again); empty once enabled. */
    public Optional<String> pendingSecret(String accountId) {
        return jdbc.sql("SELECT secret FROM console_totp WHERE account_id = ? AND enabled = ?").params(accountId, false)
                .query(String.class).optional().map(cipher::decrypt);
    }

    /** Switches a pending enrolment on when the code is right. */
    public boolean confirm(String accountId, String code) {
        return accept(accountId, code, false);
    }

    /** Accepts a code of an enabled enrolment once; false for a wrong, old or already used code. */
    public boolean verify(String accountId, String code) {
        return accept(accountId, code, true);
    }

    public void remove(String accountId) {
        jdbc.sql("DELETE FROM console_totp WHERE account_id = ?").param(accountId).update();
    }

    private boolean accept(String accountId, String code, boolean enabled) {
        Optional<Row> row = jdbc.sql("SELECT secret, last_step FROM console_totp WHERE account_id = ? AND enabled = ?")
                .params(accountId, enabled).query((rs, n) -> new Row(rs.getString(1), rs.getLong(2))).optional();
        if (row.isEmpty()) {
            return false;
        }
        byte[] secret = Base32.decode(cipher.decrypt(row.get().secret())).orElseThrow();
        OptionalLong step = Totp.matchingStep(secret, code, clock.millis(), row.get().lastStep());
        return step.isPresent() && jdbc.sql("UPDATE console_totp SET last_step = ?, enabled = ? WHERE account_id = ?"
                + " AND last_step < ?").params(step.getAsLong(), true, accountId, step.getAsLong()).update() == 1;
    }

    private record Row(String secret, long lastStep) {
    }
}
