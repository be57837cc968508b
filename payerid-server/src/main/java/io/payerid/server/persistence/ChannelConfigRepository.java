package io.payerid.server.persistence;

import static io.payerid.server.persistence.TenantWriteRules.MAX_LONG_VALUE;

import io.payerid.core.crypto.SecretCipher;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.Secret;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code channel_config} table: settings as a JSON object, secrets as one {@link SecretCipher}-encrypted JSON
 * object, decrypted into {@link Secret}s on the way out.
 */
final class ChannelConfigRepository {

    private static final String COLUMNS =
            "id, owner_type, owner_id, kind, mode, settings_json, secrets_enc, created_at, updated_at";
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final SecretCipher cipher;
    private final JsonMapper json;

    ChannelConfigRepository(JdbcClient jdbc, SecretCipher cipher, JsonMapper json) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.json = json;
    }

    Optional<ChannelConfig> find(OwnerType ownerType, String ownerId, ChannelKind kind) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM channel_config"
                        + " WHERE owner_type = :ownerType AND owner_id = :ownerId AND kind = :kind")
                .param("ownerType", ownerType.name())
                .param("ownerId", ownerId)
                .param("kind", kind.name())
                .query(this::channelConfig).optional();
    }

    List<ChannelConfig> of(OwnerType ownerType, String ownerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM channel_config"
                        + " WHERE owner_type = :ownerType AND owner_id = :ownerId ORDER BY kind")
                .param("ownerType", ownerType.name())
                .param("ownerId", ownerId)
                .query(this::channelConfig).list();
    }

    /** Checks the mode, then {@code ownerExists}, then the maps; update, else insert (portable, no MERGE). */
    ChannelConfig put(OwnerType ownerType, String ownerId, ChannelKind kind, ChannelMode mode,
                      Map<String, String> settings, Map<String, Secret> secrets, Runnable ownerExists) {
        Objects.requireNonNull(ownerType, "ownerType");
        Objects.requireNonNull(kind, "kind");
        if (mode == null) {
            throw PayerIdException.invalid("mode is required");
        }
        ownerExists.run();
        Map<String, String> settingsCopy = new TreeMap<>();
        (settings == null ? Map.<String, String>of() : settings).forEach((k, v) -> {
            if (k == null || v == null) {
                throw PayerIdException.invalid("settings must not contain null names or values");
            }
            settingsCopy.put(k, v);
        });
        Map<String, String> secretValues = new TreeMap<>();
        (secrets == null ? Map.<String, Secret>of() : secrets).forEach((k, v) -> {
            if (k == null || v == null) {
                throw PayerIdException.invalid("secrets must not contain null names or values");
            }
            secretValues.put(k, v.reveal());
        });
        String settingsJson = json.writeValueAsString(settingsCopy);
        if (settingsJson.length() > MAX_LONG_VALUE) {
            throw PayerIdException.invalid("settings are too large (at most " + MAX_LONG_VALUE + " characters as JSON)");
        }
        String secretsEnc = secretValues.isEmpty() ? null : cipher.encrypt(json.writeValueAsString(secretValues));
        if (secretsEnc != null && secretsEnc.length() > MAX_LONG_VALUE) {
            throw PayerIdException.invalid("secrets are too large to store");
        }
        long now = System.currentTimeMillis();
        for (int attempt = 0; ; attempt++) {
            Optional<ChannelConfig> existing = find(ownerType, ownerId, kind);
            if (existing.isPresent()) {
                jdbc.sql("UPDATE channel_config SET mode = :mode, settings_json = :settings, secrets_enc = :secrets,"
                                + " updated_at = :now WHERE id = :id")
                        .param("mode", mode.name())
                        .param("settings", settingsJson)
                        .param("secrets", secretsEnc, Types.VARCHAR)
                        .param("now", now)
                        .param("id", existing.get().id())
                        .update();
                return new ChannelConfig(existing.get().id(), ownerType, ownerId, kind, mode, settingsCopy,
                        secretMap(secretValues), existing.get().createdAt(), now);
            }
            String id = Ids.newId();
            try {
                jdbc.sql("INSERT INTO channel_config (" + COLUMNS + ") VALUES (:id, :ownerType, :ownerId,"
                                + " :kind, :mode, :settings, :secrets, :now, :now)")
                        .param("id", id)
                        .param("ownerType", ownerType.name())
                        .param("ownerId", ownerId)
                        .param("kind", kind.name())
                        .param("mode", mode.name())
                        .param("settings", settingsJson)
                        .param("secrets", secretsEnc, Types.VARCHAR)
                        .param("now", now)
                        .update();
                return new ChannelConfig(id, ownerType, ownerId, kind, mode, settingsCopy, secretMap(secretValues), now);
            } catch (DuplicateKeyException e) {
                // A concurrent writer inserted the same (owner, kind) first: update theirs instead.
                if (attempt > 0) {
                    throw new PayerIdException(ErrorCode.CONFLICT, "channel configuration is being changed concurrently", e);
                }
            }
        }
    }

    boolean remove(OwnerType ownerType, String ownerId, ChannelKind kind) {
        return jdbc.sql("DELETE FROM channel_config"
                        + " WHERE owner_type = :ownerType AND owner_id = :ownerId AND kind = :kind")
                .param("ownerType", ownerType.name())
                .param("ownerId", ownerId)
                .param("kind", kind.name())
                .update() > 0;
    }

    private ChannelConfig channelConfig(ResultSet rs, int row) throws SQLException {
        Map<String, String> settings = readMap(rs.getString("settings_json"));
        String secretsEnc = rs.getString("secrets_enc");
        Map<String, String> secrets = secretsEnc == null ? Map.of() : readMap(cipher.decrypt(secretsEnc));
        return new ChannelConfig(rs.getString("id"), OwnerType.valueOf(rs.getString("owner_type")),
                rs.getString("owner_id"), ChannelKind.valueOf(rs.getString("kind")),
                ChannelMode.valueOf(rs.getString("mode")), settings, secretMap(secrets), rs.getLong("created_at"),
                rs.getLong("updated_at"));
    }

    private Map<String, String> readMap(String text) {
        if (text == null || text.isEmpty()) {
            return Map.of();
        }
        try {
            Map<String, String> map = json.readValue(text, STRING_MAP);
            return map == null ? Map.of() : map;
        } catch (JacksonException e) {
            throw new IllegalStateException("stored channel configuration is not a JSON object of strings", e);
        }
    }

    private static Map<String, Secret> secretMap(Map<String, String> values) {
        Map<String, Secret> secrets = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            Secret secret = Secret.of(v);
            if (secret != null) {
                secrets.put(k, secret);
            }
        });
        return secrets;
    }
}
