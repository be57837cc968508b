package io.payerid.server.retention;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Retention of the callback outbox: a finished callback's body (it names the payer) is emptied after a
 * while, and the finished callback itself, with its attempts, is deleted later. Pending callbacks are
 * never touched. Portable SQL, batch by batch.
 */
@Repository
public class CallbackOutboxRetention {

    private final JdbcClient jdbc;

    public CallbackOutboxRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empties the bodies of callbacks in {@code status} (DELIVERED or FAILED) last changed before {@code cutoff}. */
    public long purgeBodies(String status, long cutoff, int batchSize) {
        return BatchedPurge.run(batchSize,
                limit -> jdbc.sql("""
                        SELECT id FROM callback_outbox WHERE status = ? AND updated_at < ? AND body <> ''
                        ORDER BY updated_at LIMIT ?""").params(status, cutoff, limit).query(String.class).list(),
                // The status is checked again: an operator may have requeued a failed callback meanwhile.
                ids -> jdbc.sql("UPDATE callback_outbox SET body = '' WHERE id IN (:ids) AND status = :status AND body <> ''")
                        .param("ids", ids).param("status", status).update());
    }

    /** Deletes finished callbacks last changed before {@code cutoff}, attempts first. */
    public long deleteFinished(long cutoff, int batchSize) {
        return BatchedPurge.run(batchSize,
                limit -> jdbc.sql("""
                        SELECT id FROM callback_outbox WHERE status IN ('DELIVERED', 'FAILED') AND updated_at < ?
                        ORDER BY updated_at LIMIT ?""").params(cutoff, limit).query(String.class).list(),
                this::deleteFinished);
    }

    private int deleteFinished(List<String> ids) {
        // Two statements, no transaction: a node dying between them leaves callbacks without attempts,
        // which the next run deletes.
        jdbc.sql("DELETE FROM callback_attempt WHERE notification_id IN (:ids)").param("ids", ids).update();
        return jdbc.sql("DELETE FROM callback_outbox WHERE id IN (:ids) AND status IN ('DELIVERED', 'FAILED')")
                .param("ids", ids).update();
    }
}
