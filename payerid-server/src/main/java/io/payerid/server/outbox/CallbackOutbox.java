package io.payerid.server.outbox;

import io.payerid.server.persistence.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox table: enqueue in the request that creates the event, claim due rows from any node,
 * record each attempt. Claiming is a conditional UPDATE on {@code locked_until}, which every
 * supported database runs the same way.
 */
@Repository
public class CallbackOutbox {

    private static final int MAX_DETAIL = 500;

    private final JdbcClient jdbc;
    private final Clock clock;

    public CallbackOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores a callback of no particular app, due now, and returns its notification id. */
    public String enqueue(String dialect, String institutionId, String merchantId, String reference, String targetUrl,
                          String body) {
        return enqueue(Ids.newId(), dialect, institutionId, merchantId, null, reference, targetUrl, body);
    }

    /**
     * Stores a callback due now under a notification id the caller took from {@link Ids#newId()} beforehand,
     * for dialects whose body carries the notification id itself. {@code appId} is the merchant's public appId
     * the callback belongs to (null: none), for the lists' app filter.
     */
    public String enqueue(String id, String dialect, String institutionId, String merchantId, String appId,
                          String reference, String targetUrl, String body) {
        long now = clock.millis();
        jdbc.sql("""
                INSERT INTO callback_outbox (id, dialect, institution_id, merchant_id, app_id, reference, target_url, body,
                                             status, attempts, next_attempt_at, locked_until, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, NULL, ?, ?)""")
                .params(id, dialect, institutionId, merchantId, appId, reference, targetUrl, body, now, now, now)
                .update();
        return id;
    }

    /** Reserves up to {@code limit} due callbacks for this node until {@code leaseMillis} from now. */
    public List<OutboxMessage> claimDue(int limit, long leaseMillis) {
        long now = clock.millis();
        // Bounded read: a backlog of a million due rows must not be loaded to claim a batch of ten.
        List<String> candidates = jdbc.sql("""
                SELECT id FROM callback_outbox
                WHERE status = 'PENDING' AND next_attempt_at <= ? AND (locked_until IS NULL OR locked_until < ?)
                ORDER BY next_attempt_at LIMIT ?""")
                .params(now, now, limit).query(String.class).list();
        List<OutboxMessage> claimed = new ArrayList<>();
        for (String id : candidates) {
            if (claimed.size() >= limit) {
                break;
            }
            int won = jdbc.sql("""
                    UPDATE callback_outbox SET locked_until = ?
                    WHERE id = ? AND status = 'PENDING' AND (locked_until IS NULL OR locked_until < ?)""")
                    .params(now + leaseMillis, id, now).update();
            if (won == 1) {
                find(id).ifPresent(claimed::add);
            }
        }
        return claimed;
    }

    /** Records an attempt and moves the message on: delivered, retried at {@code nextAttemptAt}, or failed. */
    @Transactional
    public void recordAttempt(OutboxMessage message, DeliveryAttempt attempt, OutboxStatus newStatus, long nextAttemptAt) {
        jdbc.sql("""
                INSERT INTO callback_attempt (notification_id, attempt_no, attempted_at, http_status, outcome, detail)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(attempt.notificationId(), attempt.attemptNo(), attempt.attemptedAt(), attempt.httpStatus(),
                        attempt.outcome().name(), truncate(attempt.detail()))
                .update();
        jdbc.sql("""
                UPDATE callback_outbox SET status = ?, attempts = ?, next_attempt_at = ?, locked_until = NULL, updated_at = ?
                WHERE id = ?""")
                .params(newStatus.name(), attempt.attemptNo(), nextAttemptAt, clock.millis(), message.id())
                .update();
    }

    /** How many callbacks wait, and since when the longest-waiting due one is due (null: none is due). */
    public record Backlog(long pending, Long oldestDueAt) {
    }

    /** The backlog across all nodes, in one bounded aggregate query (index ix_callback_outbox_due). */
    public Backlog backlog() {
        long now = clock.millis();
        return jdbc.sql("""
                SELECT COUNT(*), MIN(CASE WHEN next_attempt_at <= ? THEN next_attempt_at END)
                FROM callback_outbox WHERE status = 'PENDING'""")
                .params(now)
                .query((rs, row) -> new Backlog(rs.getLong(1), rs.getObject(2) == null ? null : rs.getLong(2)))
                .single();
    }

    /** How many callbacks are in {@code status} across all nodes (index ix_callback_outbox_retention). */
    public long count(OutboxStatus status) {
        return jdbc.sql("SELECT COUNT(*) FROM callback_outbox WHERE status = ?").param(status.name())
                .query(Long.class).single();
    }

    /**
     * Puts a failed (or pending) callback back in line now, keeping its id and history; not one whose body
     * the retention purge already emptied.
     */
    public boolean requeue(String id) {
        long now = clock.millis();
        return jdbc.sql("""
                UPDATE callback_outbox SET status = 'PENDING', next_attempt_at = ?, locked_until = NULL, updated_at = ?
                WHERE id = ? AND status <> 'DELIVERED' AND body <> ''""")
                .params(now, now, id).update() == 1;
    }

    public Optional<OutboxMessage> find(String id) {
        return jdbc.sql("SELECT * FROM callback_outbox WHERE id = ?").param(id).query(CallbackOutbox::message).optional();
    }

    /** The first {@code limit} callbacks of one dialect reference (e.g. a serialNo), oldest first. */
    public List<OutboxMessage> byReference(String reference, int limit) {
        return jdbc.sql("SELECT * FROM callback_outbox WHERE reference = ? ORDER BY created_at, id LIMIT ?")
                .params(reference, limit).query(CallbackOutbox::message).list();
    }

    /**
     * One page of the callbacks the filter admits, newest first. Keyset paging: {@code after} is the last row of
     * the previous page (null for the first), so a deep page costs what the first one does, and the database
     * returns at most {@code limit} rows; the whole list is never read. Each filter has an index ending in
     * (created_at, id) (V8, V20; the reference's V2 index narrows to a handful of rows).
     */
    public List<OutboxMessage> recent(OutboxFilter filter, int limit, OutboxPosition after) {
        StringBuilder sql = new StringBuilder("SELECT * FROM callback_outbox WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        condition(sql, params, " AND status = ?", filter.status() == null ? null : filter.status().name());
        condition(sql, params, " AND merchant_id = ?", filter.merchantId());
        condition(sql, params, " AND app_id = ?", filter.appId());
        condition(sql, params, " AND reference = ?", filter.reference());
        condition(sql, params, " AND created_at >= ?", filter.createdFrom());
        condition(sql, params, " AND created_at < ?", filter.createdBefore());
        if (after != null) {
            sql.append(" AND (created_at < ? OR (created_at = ? AND id < ?))");
            params.add(after.createdAt());
            params.add(after.createdAt());
            params.add(after.id());
        }
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT ?");
        params.add(limit);
        return jdbc.sql(sql.toString()).params(params).query(CallbackOutbox::message).list();
    }

    /** Null: no condition at all (a typed NULL parameter is not portable across the three databases). */
    private static void condition(StringBuilder sql, List<Object> params, String clause, Object value) {
        if (value != null) {
            sql.append(clause);
            params.add(value);
        }
    }

    public List<DeliveryAttempt> attempts(String notificationId) {
        return jdbc.sql("SELECT * FROM callback_attempt WHERE notification_id = ? ORDER BY attempt_no")
                .param(notificationId)
                .query((rs, n) -> new DeliveryAttempt(rs.getString("notification_id"), rs.getInt("attempt_no"),
                        rs.getLong("attempted_at"), (Integer) rs.getObject("http_status", Integer.class),
                        DeliveryAttempt.Outcome.valueOf(rs.getString("outcome")), rs.getString("detail")))
                .list();
    }

    private static OutboxMessage message(ResultSet rs, int row) throws SQLException {
        return new OutboxMessage(rs.getString("id"), rs.getString("dialect"), rs.getString("institution_id"),
                rs.getString("merchant_id"), rs.getString("app_id"), rs.getString("reference"), rs.getString("target_url"),
                rs.getString("body"),
                OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getLong("next_attempt_at"),
                rs.getLong("created_at"), rs.getLong("updated_at"));
    }

    private static String truncate(String s) {
        return s == null || s.length() <= MAX_DETAIL ? s : s.substring(0, MAX_DETAIL);
    }
}
