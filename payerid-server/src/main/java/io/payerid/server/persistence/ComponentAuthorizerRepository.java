package io.payerid.server.persistence;

import io.payerid.core.crypto.SecretCipher;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.Secret;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The accounts merchants authorized to their institution's WeChat third-party platform, in
 * {@code wechat_component_authorizer} ({@code db/migration/V14__wechat_component_authorizer.sql}); the refresh token
 * encrypted with {@link SecretCipher}. Written by onboarding and WeChat's pushes, never on a payer's hot path (the
 * merchant's channel configuration carries what a flow needs, through the tenant cache).
 */
public class ComponentAuthorizerRepository {

    public static final String AUTHORIZED = "AUTHORIZED";
    public static final String UNAUTHORIZED = "UNAUTHORIZED";

    private final JdbcClient jdbc;
    private final SecretCipher cipher;
    private final Clock clock;

    public ComponentAuthorizerRepository(JdbcClient jdbc, SecretCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** One stored authorization; its refresh token stays a masked {@link Secret}. */
    public record StoredAuthorizer(String componentAppId, String authorizerAppId, String institutionId,
                                   String merchantId, ChannelKind kind, Secret refreshToken, String status) {
    }

    /** Records (or renews) the merchant's authorization: update, else insert, portable across the three databases. */
    public void authorized(String componentAppId, String authorizerAppId, String institutionId, String merchantId,
                           ChannelKind kind, Secret refreshToken) {
        String encrypted = cipher.encrypt(refreshToken.reveal());
        if (update(componentAppId, authorizerAppId, institutionId, merchantId, kind, encrypted) > 0) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO wechat_component_authorizer (component_app_id, authorizer_app_id, institution_id,"
                            + " merchant_id, channel_kind, refresh_token_enc, status, created_at, updated_at)"
                            + " VALUES (:component, :authorizer, :institution, :merchant, :kind, :token, :status, :now, :now)")
                    .param("component", componentAppId).param("authorizer", authorizerAppId)
                    .param("institution", institutionId).param("merchant", merchantId).param("kind", kind.name())
                    .param("token", encrypted).param("status", AUTHORIZED).param("now", clock.millis())
                    .update();
        } catch (DuplicateKeyException raced) {
            update(componentAppId, authorizerAppId, institutionId, merchantId, kind, encrypted);
        }
    }

    /** Sets the status of a known authorization; empty when the platform never onboarded that account here. */
    public Optional<StoredAuthorizer> setStatus(String componentAppId, String authorizerAppId, String status) {
        jdbc.sql("UPDATE wechat_component_authorizer SET status = :status, updated_at = :now"
                        + " WHERE component_app_id = :component AND authorizer_app_id = :authorizer")
                .param("status", status).param("now", clock.millis())
                .param("component", componentAppId).param("authorizer", authorizerAppId).update();
        return find(componentAppId, authorizerAppId);
    }

    public Optional<StoredAuthorizer> find(String componentAppId, String authorizerAppId) {
        return jdbc.sql("SELECT component_app_id, authorizer_app_id, institution_id, merchant_id, channel_kind,"
                        + " refresh_token_enc, status FROM wechat_component_authorizer"
                        + " WHERE component_app_id = :component AND authorizer_app_id = :authorizer")
                .param("component", componentAppId).param("authorizer", authorizerAppId)
                .query(this::row)
                .optional();
    }

    /** The merchant's authorizations, for the admin API. */
    public List<StoredAuthorizer> ofMerchant(String merchantId) {
        return jdbc.sql("SELECT component_app_id, authorizer_app_id, institution_id, merchant_id, channel_kind,"
                        + " refresh_token_enc, status FROM wechat_component_authorizer WHERE merchant_id = :merchant"
                        + " ORDER BY created_at")
                .param("merchant", merchantId)
                .query(this::row)
                .list();
    }

    private StoredAuthorizer row(ResultSet rs, int row) throws SQLException {
        return new StoredAuthorizer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                ChannelKind.valueOf(rs.getString(5)), Secret.of(cipher.decrypt(rs.getString(6))), rs.getString(7));
    }

    private int update(String componentAppId, String authorizerAppId, String institutionId, String merchantId,
                       ChannelKind kind, String encryptedToken) {
        return jdbc.sql("UPDATE wechat_component_authorizer SET institution_id = :institution, merchant_id = :merchant,"
                        + " channel_kind = :kind, refresh_token_enc = :token, status = :status, updated_at = :now"
                        + " WHERE component_app_id = :component AND authorizer_app_id = :authorizer")
                .param("institution", institutionId).param("merchant", merchantId).param("kind", kind.name())
                .param("token", encryptedToken).param("status", AUTHORIZED).param("now", clock.millis())
                .param("component", componentAppId).param("authorizer", authorizerAppId)
                .update();
    }
}
