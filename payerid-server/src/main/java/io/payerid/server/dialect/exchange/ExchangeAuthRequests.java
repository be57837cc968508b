package io.payerid.server.dialect.exchange;

import io.payerid.server.persistence.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code exchange_auth_request} table. A repeated serialNo of the same business is refused by the
 * database's unique key, so two concurrent requests cannot both win.
 */
@Repository
public class ExchangeAuthRequests {

    private static final int LINK_TOKEN_LENGTH = 32;

    private final JdbcClient jdbc;
    private final Clock clock;

    public ExchangeAuthRequests(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Stores a new PENDING request with a fresh link token.
     *
     * @throws ExchangeRefusal status 8 when the business already used this serialNo
     */
    public ExchangeAuthRequest create(String businessId, String merchantId, String serialNo, String merchantUserId,
                                      String callbackUrl, ExchangeSignType signType, long expiresAt) {
        long now = clock.millis();
        ExchangeAuthRequest request = new ExchangeAuthRequest(Ids.newId(), Ids.randomAlphanumeric(LINK_TOKEN_LENGTH),
                businessId, merchantId, serialNo, merchantUserId, callbackUrl, signType, ExchangeAuthRequestStatus.PENDING,
                null, null, null, null, expiresAt, now, now);
        try {
            jdbc.sql("""
                    INSERT INTO exchange_auth_request (id, link_token, business_id, merchant_id, serial_no,
                        merchant_user_id, callback_url, sign_type, status, alipay_open_id, alipay_user_id,
                        notification_id, last_error, expires_at, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, NULL, ?, ?, ?)""")
                    .params(request.id(), request.linkToken(), businessId, merchantId, serialNo, merchantUserId,
                            callbackUrl, signType.name(), request.status().name(), expiresAt, now, now)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ExchangeRefusal(ExchangeStatus.DUPLICATE_SERIAL_NO, "serialNo " + serialNo + " was already used");
        }
        return request;
    }

    public Optional<ExchangeAuthRequest> find(String id) {
        return one("id", id);
    }

    public Optional<ExchangeAuthRequest> findByLinkToken(String linkToken) {
        // Retention replaces an expired request's token by its 26-character id: never a link.
        if (linkToken == null || linkToken.length() != LINK_TOKEN_LENGTH) {
            return Optional.empty();
        }
        return one("link_token", linkToken);
    }

    public Optional<ExchangeAuthRequest> findByNotificationId(String notificationId) {
        return one("notification_id", notificationId);
    }

    /** True when this call authorized the request; false when it already was (a duplicate completion). */
    public boolean markAuthorized(String id, String openId, String userId, String notificationId) {
        return jdbc.sql("""
                UPDATE exchange_auth_request
                SET status = 'AUTHORIZED', alipay_open_id = ?, alipay_user_id = ?, notification_id = ?,
                    last_error = NULL, updated_at = ?
                WHERE id = ? AND status <> 'AUTHORIZED'""")
                .params(openId, userId, notificationId, clock.millis(), id)
                .update() == 1;
    }

    /** Records a failed attempt unless another attempt already authorized the request. */
    public void markFailed(String id, String errorCode) {
        jdbc.sql("""
                UPDATE exchange_auth_request SET status = 'FAILED', last_error = ?, updated_at = ?
                WHERE id = ? AND status <> 'AUTHORIZED'""")
                .params(errorCode, clock.millis(), id)
                .update();
    }

    private Optional<ExchangeAuthRequest> one(String column, String value) {
        if (value == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM exchange_auth_request WHERE " + column + " = ?")
                .param(value).query(ExchangeAuthRequests::row).optional();
    }

    private static ExchangeAuthRequest row(ResultSet rs, int n) throws SQLException {
        return new ExchangeAuthRequest(rs.getString("id"), rs.getString("link_token"), rs.getString("business_id"),
                rs.getString("merchant_id"), rs.getString("serial_no"), rs.getString("merchant_user_id"),
                rs.getString("callback_url"), ExchangeSignType.valueOf(rs.getString("sign_type")),
                ExchangeAuthRequestStatus.valueOf(rs.getString("status")), rs.getString("alipay_open_id"),
                rs.getString("alipay_user_id"), rs.getString("notification_id"), rs.getString("last_error"),
                rs.getLong("expires_at"), rs.getLong("created_at"), rs.getLong("updated_at"));
    }
}
