package io.payerid.server.persistence;

import static io.payerid.server.persistence.TenantWriteRules.MAX_LONG_VALUE;
import static io.payerid.server.persistence.TenantWriteRules.insertUnique;
import static io.payerid.server.persistence.TenantWriteRules.notFound;
import static io.payerid.server.persistence.TenantWriteRules.requireLength;
import static io.payerid.server.persistence.TenantWriteRules.requireText;

import io.payerid.core.error.PayerIdException;
import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.ResultDelivery;
import io.payerid.core.tenant.Secret;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@code merchant_app} table. */
final class MerchantAppRepository {

    private static final String COLUMNS =
            "id, app_id, merchant_id, sign_key_enc, rsa_public_key, sign_types, created_at, result_delivery,"
                    + " previous_sign_key_enc, previous_key_expires_at, updated_at, enabled";

    private final JdbcClient jdbc;
    private final StoredSignKeys signKeys;

    MerchantAppRepository(JdbcClient jdbc, StoredSignKeys signKeys) {
        this.jdbc = jdbc;
        this.signKeys = signKeys;
    }

    Optional<MerchantApp> byAppId(String appId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM merchant_app WHERE app_id = :appId")
                .param("appId", appId).query(this::app).optional();
    }

    List<MerchantApp> of(String merchantId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM merchant_app WHERE merchant_id = :merchantId"
                        + " ORDER BY created_at, app_id")
                .param("merchantId", merchantId).query(this::app).list();
    }

    /** Checks the values first, then {@code merchantExists} (so a bad value is INVALID_REQUEST either way). */
    MerchantApp create(String merchantId, String appId, Secret signKey, String rsaPublicKey, Set<SignType> signTypes,
                       Runnable merchantExists) {
        requireText("appId", appId, 64);
        requireSignTypes(signTypes);
        requireLength("rsaPublicKey", rsaPublicKey, MAX_LONG_VALUE);
        merchantExists.run();
        MerchantApp app = new MerchantApp(Ids.newId(), appId, merchantId, signKey, rsaPublicKey, signTypes,
                System.currentTimeMillis());
        String signKeyEnc = signKeys.encrypt(signKey);
        insertUnique(() -> jdbc.sql("INSERT INTO merchant_app (" + COLUMNS + ") VALUES (:id, :appId, :merchantId,"
                                + " :signKeyEnc, :rsaPublicKey, :signTypes, :createdAt, :resultDelivery,"
                                + " NULL, NULL, :createdAt, TRUE)")
                        .param("id", app.id())
                        .param("appId", appId)
                        .param("merchantId", merchantId)
                        .param("signKeyEnc", signKeyEnc, Types.VARCHAR)
                        .param("rsaPublicKey", rsaPublicKey, Types.VARCHAR)
                        .param("signTypes", signTypesCsv(signTypes))
                        .param("createdAt", app.createdAt())
                        .param("resultDelivery", app.resultDelivery().wireName())
                        .update(),
                "app " + appId + " already exists");
        return app;
    }

    MerchantApp update(String id, Secret signKey, String rsaPublicKey, Set<SignType> signTypes) {
        MerchantApp current = byId(id);
        if (signTypes != null) {
            requireSignTypes(signTypes);
        }
        requireLength("rsaPublicKey", rsaPublicKey, MAX_LONG_VALUE);
        MerchantApp updated = new MerchantApp(current.id(), current.appId(), current.merchantId(),
                signKey == null ? current.signKey() : signKey,
                rsaPublicKey == null ? current.rsaPublicKey() : rsaPublicKey,
                signTypes == null ? current.signTypes() : signTypes, current.createdAt(), current.resultDelivery(),
                current.previousSignKey(), current.previousKeyExpiresAt(), System.currentTimeMillis(), current.enabled());
        jdbc.sql("UPDATE merchant_app SET sign_key_enc = :signKeyEnc, rsa_public_key = :rsaPublicKey,"
                        + " sign_types = :signTypes, updated_at = :updatedAt WHERE id = :id")
                .param("signKeyEnc", signKeys.encrypt(updated.signKey()), Types.VARCHAR)
                .param("rsaPublicKey", updated.rsaPublicKey(), Types.VARCHAR)
                .param("signTypes", signTypesCsv(updated.signTypes()))
                .param("updatedAt", updated.updatedAt())
                .param("id", id)
                .update();
        return updated;
    }

    /** The current key becomes the previous one (until {@code previousKeyExpiresAt}); an older previous key goes. */
    MerchantApp rotateSignKey(String id, Secret newKey, long previousKeyExpiresAt) {
        MerchantApp current = byId(id);
        long now = System.currentTimeMillis();
        boolean overlap = current.signKey() != null && previousKeyExpiresAt > now;
        Secret previous = overlap ? current.signKey() : null;
        MerchantApp rotated = new MerchantApp(current.id(), current.appId(), current.merchantId(), newKey,
                current.rsaPublicKey(), current.signTypes(), current.createdAt(), current.resultDelivery(),
                previous, overlap ? previousKeyExpiresAt : 0, now, current.enabled());
        jdbc.sql("UPDATE merchant_app SET sign_key_enc = :signKeyEnc, previous_sign_key_enc = :previousEnc,"
                        + " previous_key_expires_at = :expiresAt, updated_at = :updatedAt WHERE id = :id")
                .param("signKeyEnc", signKeys.encrypt(newKey), Types.VARCHAR)
                .param("previousEnc", signKeys.encrypt(previous), Types.VARCHAR)
                .param("expiresAt", overlap ? previousKeyExpiresAt : null, Types.BIGINT)
                .param("updatedAt", now)
                .param("id", id)
                .update();
        return rotated;
    }

    MerchantApp setResultDelivery(String id, ResultDelivery delivery) {
        MerchantApp current = byId(id);
        long now = System.currentTimeMillis();
        jdbc.sql("UPDATE merchant_app SET result_delivery = :resultDelivery, updated_at = :updatedAt WHERE id = :id")
                .param("resultDelivery", delivery.wireName())
                .param("updatedAt", now)
                .param("id", id)
                .update();
        return new MerchantApp(current.id(), current.appId(), current.merchantId(), current.signKey(),
                current.rsaPublicKey(), current.signTypes(), current.createdAt(), delivery,
                current.previousSignKey(), current.previousKeyExpiresAt(), now, current.enabled());
    }

    MerchantApp setEnabled(String id, boolean enabled) {
        MerchantApp changed = byId(id).withEnabled(enabled, System.currentTimeMillis());
        jdbc.sql("UPDATE merchant_app SET enabled = :enabled, updated_at = :updatedAt WHERE id = :id")
                .param("enabled", enabled)
                .param("updatedAt", changed.updatedAt())
                .param("id", id)
                .update();
        return changed;
    }

    private MerchantApp byId(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM merchant_app WHERE id = :id")
                .param("id", id).query(this::app).optional()
                .orElseThrow(() -> notFound("app " + id));
    }

    private MerchantApp app(ResultSet rs, int row) throws SQLException {
        return new MerchantApp(rs.getString("id"), rs.getString("app_id"), rs.getString("merchant_id"),
                signKeys.decrypt(rs.getString("sign_key_enc")), rs.getString("rsa_public_key"),
                parseSignTypes(rs.getString("sign_types")), rs.getLong("created_at"),
                ResultDelivery.fromWire(rs.getString("result_delivery")).orElse(ResultDelivery.REDIRECT),
                signKeys.decrypt(rs.getString("previous_sign_key_enc")), rs.getLong("previous_key_expires_at"),
                rs.getLong("updated_at"), rs.getBoolean("enabled"));
    }

    private static void requireSignTypes(Set<SignType> signTypes) {
        if (signTypes == null || signTypes.isEmpty()) {
            throw PayerIdException.invalid("signTypes must name at least one sign type");
        }
    }

    private static String signTypesCsv(Set<SignType> types) {
        return EnumSet.copyOf(types).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static Set<SignType> parseSignTypes(String csv) {
        if (csv == null || csv.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(csv.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(SignType::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SignType.class)));
    }
}
