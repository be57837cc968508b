package io.payerid.console.audit;

import io.payerid.console.RandomTokens;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit_event table, written by the console's actions and by the admin API's filter, read by the audit page.
 * Values are cut to the column sizes rather than refused: an audit write must never fail the change it records.
 */
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    public AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public AuditEvent record(String actor, String clientIp, String action, String target, String merchantId,
                             String detail) {
        AuditEvent event = new AuditEvent(RandomTokens.id(), clock.millis(), cut(actor, 96), cut(clientIp, 64),
                cut(action, 191), cut(target, 191), merchantId, cut(detail, 1024));
        jdbc.sql("INSERT INTO audit_event (id, occurred_at, actor, client_ip, action, target, merchant_id, detail)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(event.id(), event.occurredAt(), event.actor(), event.clientIp(), event.action(), event.target(),
                        event.merchantId(), event.detail())
                .update();
        return event;
    }

    /**
     * Newest first; {@code text} (may be empty) matches actor, action, target or detail as a substring;
     * {@code merchantId} non-null restricts to that merchant's events. One more row than asked tells the page
     * whether a next page exists.
     */
    public List<AuditEvent> search(String text, String merchantId, int offset, int limit) {
        String like = "%" + escapeLike(text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT)) + "%";
        // The merchant condition is left out rather than bound as NULL: PostgreSQL cannot type "? IS NULL".
        String merchantCondition = merchantId == null ? "" : " AND merchant_id = :merchant";
        JdbcClient.StatementSpec statement = jdbc.sql("SELECT * FROM audit_event WHERE (LOWER(actor) LIKE :q ESCAPE '!'"
                        + " OR LOWER(action) LIKE :q ESCAPE '!' OR LOWER(target) LIKE :q ESCAPE '!'"
                        + " OR LOWER(detail) LIKE :q ESCAPE '!')" + merchantCondition
                        + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("q", like).param("limit", limit).param("offset", offset);
        if (merchantId != null) {
            statement = statement.param("merchant", merchantId);
        }
        return statement.query(AuditLog::event).list();
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static String cut(String value, int max) {
        String v = value == null ? "" : value;
        return v.length() <= max ? v : v.substring(0, max);
    }

    private static AuditEvent event(ResultSet rs, int row) throws SQLException {
        return new AuditEvent(rs.getString("id"), rs.getLong("occurred_at"), rs.getString("actor"),
                rs.getString("client_ip"), rs.getString("action"), rs.getString("target"), rs.getString("merchant_id"),
                rs.getString("detail"));
    }
}
