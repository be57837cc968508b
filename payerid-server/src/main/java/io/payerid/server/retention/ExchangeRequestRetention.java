package io.payerid.server.retention;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Retention of seed 004's authorization requests ({@code exchange_auth_request}). After expiry a request
 * keeps what the callback and the serialNo rule need (business, serialNo, sign type, status, notification
 * id) but loses the payer: the Alipay open_id and user_id and the merchant's user id are removed and the
 * link token is replaced by the row's id (26 characters, never a 32-character link token, unique like it).
 * Later the row goes, once its callback is gone too (the callback's signature needs the row).
 */
@Repository
public class ExchangeRequestRetention {

    private static final String IDENTITY_STILL_STORED = """
            expires_at < :cutoff AND updated_at < :cutoff
            AND (alipay_open_id IS NOT NULL OR alipay_user_id IS NOT NULL OR merchant_user_id <> '' OR link_token <> id)""";

    private final JdbcClient jdbc;

    public ExchangeRequestRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Removes the payer's identities from requests expired and last changed before {@code cutoff}. */
    public long purgeIdentities(long cutoff, int batchSize) {
        return BatchedPurge.run(batchSize,
                limit -> jdbc.sql("SELECT id FROM exchange_auth_request WHERE " + IDENTITY_STILL_STORED
                                + " ORDER BY expires_at LIMIT :limit")
                        .param("cutoff", cutoff).param("limit", limit).query(String.class).list(),
                ids -> jdbc.sql("""
                        UPDATE exchange_auth_request
                        SET alipay_open_id = NULL, alipay_user_id = NULL, merchant_user_id = '', link_token = id
                        WHERE id IN (:ids) AND\s""" + IDENTITY_STILL_STORED)
                        .param("ids", ids).param("cutoff", cutoff).update());
    }

    /** Deletes requests expired and last changed before {@code cutoff} whose callback no longer exists. */
    public long deleteExpired(long cutoff, int batchSize) {
        String deletable = """
                expires_at < :cutoff AND updated_at < :cutoff
                AND (notification_id IS NULL OR NOT EXISTS
                     (SELECT 1 FROM callback_outbox o WHERE o.id = exchange_auth_request.notification_id))""";
        return BatchedPurge.run(batchSize,
                limit -> jdbc.sql("SELECT id FROM exchange_auth_request WHERE " + deletable + " ORDER BY expires_at LIMIT :limit")
                        .param("cutoff", cutoff).param("limit", limit).query(String.class).list(),
                ids -> jdbc.sql("DELETE FROM exchange_auth_request WHERE id IN (:ids) AND " + deletable)
                        .param("ids", ids).param("cutoff", cutoff).update());
    }
}
