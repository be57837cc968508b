package io.payerid.console.whitelist;

import io.payerid.console.RandomTokens;
import io.payerid.console.whitelist.WhitelistRequest.Status;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whitelist_request table (V19). A decision is one conditional UPDATE from PENDING, so of two operators deciding
 * the same request at once exactly one wins, and a withdrawn or decided request cannot be approved afterwards.
 */
public class WhitelistRequests {

    /** Open requests a merchant may hold at once: enough for real use, a wall against a flood of requests. */
    public static final int MAX_PENDING_PER_MERCHANT = 20;

    private final JdbcClient jdbc;
    private final Clock clock;

    public WhitelistRequests(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public WhitelistRequest create(String merchantId, String url, boolean wholeOrigin, String requestedBy) {
        WhitelistRequest request = new WhitelistRequest(RandomTokens.id(), merchantId, url, wholeOrigin, Status.PENDING,
                requestedBy, clock.millis(), null, null, null);
        jdbc.sql("INSERT INTO whitelist_request (id, merchant_id, url, whole_origin, status, requested_by, requested_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(request.id(), merchantId, url, wholeOrigin, Status.PENDING.name(), requestedBy, request.requestedAt())
                .update();
        return request;
    }

    public int pendingCount(String merchantId) {
        return jdbc.sql("SELECT COUNT(*) FROM whitelist_request WHERE merchant_id = ? AND status = 'PENDING'")
                .param(merchantId).query(Integer.class).single();
    }

    /** The merchant's pending requests and its last decided ones, newest first. */
    public List<WhitelistRequest> ofMerchant(String merchantId, int limit) {
        return jdbc.sql("SELECT * FROM whitelist_request WHERE merchant_id = ? ORDER BY requested_at DESC, id DESC LIMIT ?")
                .params(merchantId, limit).query(WhitelistRequests::row).list();
    }

    /** Pending requests of every merchant, oldest first (the order an operator works through them). */
    public List<WhitelistRequest> pending(int offset, int limit) {
        return jdbc.sql("SELECT * FROM whitelist_request WHERE status = 'PENDING' ORDER BY requested_at, id LIMIT ? OFFSET ?")
                .params(limit, offset).query(WhitelistRequests::row).list();
    }

    public Optional<WhitelistRequest> find(String merchantId, String id) {
        return jdbc.sql("SELECT * FROM whitelist_request WHERE merchant_id = ? AND id = ?")
                .params(merchantId, id).query(WhitelistRequests::row).optional();
    }

    /** Moves a pending request to {@code status}; false when it was no longer pending. */
    public boolean decide(String id, Status status, String decidedBy, String reason) {
        return jdbc.sql("UPDATE whitelist_request SET status = ?, decided_by = ?, decided_at = ?, reason = ?"
                        + " WHERE id = ? AND status = 'PENDING'")
                .params(status.name(), decidedBy, clock.millis(), reason, id)
                .update() == 1;
    }

    /** Puts an approval back to pending when the entry could not be added after all (the rules refused it). */
    public void reopen(String id) {
        jdbc.sql("UPDATE whitelist_request SET status = 'PENDING', decided_by = NULL, decided_at = NULL, reason = NULL"
                + " WHERE id = ? AND status = 'APPROVED'").param(id).update();
    }

    private static WhitelistRequest row(ResultSet rs, int row) throws SQLException {
        long decidedMillis = rs.getLong("decided_at");
        Long decidedAt = rs.wasNull() ? null : decidedMillis;
        return new WhitelistRequest(rs.getString("id"), rs.getString("merchant_id"), rs.getString("url"),
                rs.getBoolean("whole_origin"), Status.valueOf(rs.getString("status")), rs.getString("requested_by"),
                rs.getLong("requested_at"), rs.getString("decided_by"), decidedAt,
                rs.getString("reason"));
    }
}
