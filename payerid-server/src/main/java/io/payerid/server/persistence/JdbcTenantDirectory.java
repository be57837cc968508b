package io.payerid.server.persistence;

import io.payerid.core.crypto.SecretCipher;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.ResultDelivery;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.core.tenant.WhitelistEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tenant model over JDBC ({@code db/migration/V1__tenants.sql}), portable across H2, PostgreSQL and
 * MariaDB. Secrets (institution and app sign keys, channel secrets) are written only through
 * {@link SecretCipher} and decrypted on the way out; settings and secret maps are stored as JSON.
 */
@Component
public class JdbcTenantDirectory implements TenantDirectory, TenantAdmin {

    static final int MAX_LONG_VALUE = 4000;
    private static final int MAX_SIGN_KEY_ENC = 512;
    private static final int MAX_INDEXED = 191;
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {
    };

    private static final String INSTITUTION_COLUMNS = "id, inst_no, name, sign_key_enc, created_at";
    private static final String MERCHANT_COLUMNS = "id, institution_id, mch_no, name, enabled, created_at";
    private static final String APP_COLUMNS =
            "id, app_id, merchant_id, sign_key_enc, rsa_public_key, sign_types, created_at, result_delivery";
    private static final String CHANNEL_COLUMNS =
            "id, owner_type, owner_id, kind, mode, settings_json, secrets_enc, created_at, updated_at";
    private static final String WHITELIST_COLUMNS = "id, merchant_id, scheme, host, port, path_prefix, whole_origin";

    private final JdbcClient jdbc;
    private final SecretCipher cipher;
    private final JsonMapper json;

    public JdbcTenantDirectory(JdbcClient jdbc, SecretCipher cipher, JsonMapper json) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.json = json;
    }

    // ---------------------------------------------------------------- TenantDirectory (read side)

    @Override
    public Optional<Institution> institutionById(String id) {
        return jdbc.sql("SELECT " + INSTITUTION_COLUMNS + " FROM institution WHERE id = :id")
                .param("id", id).query(this::institution).optional();
    }

    @Override
    public Optional<Institution> institutionByInstNo(String instNo) {
        return jdbc.sql("SELECT " + INSTITUTION_COLUMNS + " FROM institution WHERE inst_no = :instNo")
                .param("instNo", instNo).query(this::institution).optional();
    }

    @Override
    public Optional<Merchant> merchantById(String id) {
        return jdbc.sql("SELECT " + MERCHANT_COLUMNS + " FROM merchant WHERE id = :id")
                .param("id", id).query(this::merchant).optional();
    }

    @Override
    public Optional<Merchant> merchantByMchNo(String mchNo) {
        return jdbc.sql("SELECT " + MERCHANT_COLUMNS + " FROM merchant WHERE mch_no = :mchNo")
                .param("mchNo", mchNo).query(this::merchant).optional();
    }

    @Override
    public Optional<MerchantApp> appByAppId(String appId) {
        return jdbc.sql("SELECT " + APP_COLUMNS + " FROM merchant_app WHERE app_id = :appId")
                .param("appId", appId).query(this::app).optional();
    }

    @Override
    public Optional<ChannelConfig> effectiveChannel(Merchant merchant, ChannelKind kind) {
        Optional<ChannelConfig> own = channel(OwnerType.MERCHANT, merchant.id(), kind);
        return own.isPresent() ? own : channel(OwnerType.INSTITUTION, merchant.institutionId(), kind);
    }

    @Override
    public List<WhitelistEntry> whitelist(String merchantId) {
        return jdbc.sql("SELECT " + WHITELIST_COLUMNS
                        + " FROM redirect_whitelist WHERE merchant_id = :merchantId ORDER BY created_at, id")
                .param("merchantId", merchantId).query(JdbcTenantDirectory::whitelistEntry).list();
    }

    // ---------------------------------------------------------------- TenantAdmin (write side)

    @Override
    public Institution createInstitution(String instNo, String name, Secret signKey) {
        requireText("instNo", instNo, 64);
        requireText("name", name, 128);
        Institution institution = new Institution(Ids.newId(), instNo, name, signKey, System.currentTimeMillis());
        String signKeyEnc = encryptSignKey(signKey);
        onConflict(() -> jdbc.sql("INSERT INTO institution (" + INSTITUTION_COLUMNS
                                + ") VALUES (:id, :instNo, :name, :signKeyEnc, :createdAt)")
                        .param("id", institution.id())
                        .param("instNo", instNo)
                        .param("name", name)
                        .param("signKeyEnc", signKeyEnc, Types.VARCHAR)
                        .param("createdAt", institution.createdAt())
                        .update(),
                "institution " + instNo + " already exists");
        return institution;
    }

    @Override
    public Institution updateInstitution(String institutionId, String name, Secret signKey) {
        Institution current = institutionById(institutionId)
                .orElseThrow(() -> notFound("institution " + institutionId));
        if (name != null) {
            requireText("name", name, 128);
        }
        Institution updated = new Institution(current.id(), current.instNo(), name == null ? current.name() : name,
                signKey == null ? current.signKey() : signKey, current.createdAt());
        jdbc.sql("UPDATE institution SET name = :name, sign_key_enc = :signKeyEnc WHERE id = :id")
                .param("name", updated.name())
                .param("signKeyEnc", encryptSignKey(updated.signKey()), Types.VARCHAR)
                .param("id", institutionId)
                .update();
        return updated;
    }

    @Override
    public List<Institution> institutions() {
        return jdbc.sql("SELECT " + INSTITUTION_COLUMNS + " FROM institution ORDER BY inst_no")
                .query(this::institution).list();
    }

    @Override
    public Merchant createMerchant(String institutionId, String mchNo, String name, boolean enabled) {
        requireText("mchNo", mchNo, 64);
        requireText("name", name, 128);
        if (institutionById(institutionId).isEmpty()) {
            throw notFound("institution " + institutionId);
        }
        Merchant merchant = new Merchant(Ids.newId(), institutionId, mchNo, name, enabled, System.currentTimeMillis());
        onConflict(() -> jdbc.sql("INSERT INTO merchant (" + MERCHANT_COLUMNS
                                + ") VALUES (:id, :institutionId, :mchNo, :name, :enabled, :createdAt)")
                        .param("id", merchant.id())
                        .param("institutionId", institutionId)
                        .param("mchNo", mchNo)
                        .param("name", name)
                        .param("enabled", enabled)
                        .param("createdAt", merchant.createdAt())
                        .update(),
                "merchant " + mchNo + " already exists");
        return merchant;
    }

    @Override
    public Merchant updateMerchant(String merchantId, String name, Boolean enabled) {
        Merchant current = merchantById(merchantId).orElseThrow(() -> notFound("merchant " + merchantId));
        if (name != null) {
            requireText("name", name, 128);
        }
        Merchant updated = new Merchant(current.id(), current.institutionId(), current.mchNo(),
                name == null ? current.name() : name, enabled == null ? current.enabled() : enabled,
                current.createdAt());
        jdbc.sql("UPDATE merchant SET name = :name, enabled = :enabled WHERE id = :id")
                .param("name", updated.name())
                .param("enabled", updated.enabled())
                .param("id", merchantId)
                .update();
        return updated;
    }

    @Override
    public List<Merchant> merchantsOf(String institutionId) {
        return jdbc.sql("SELECT " + MERCHANT_COLUMNS + " FROM merchant WHERE institution_id = :institutionId"
                        + " ORDER BY mch_no")
                .param("institutionId", institutionId).query(this::merchant).list();
    }

    @Override
    public MerchantApp createApp(String merchantId, String appId, Secret signKey, String rsaPublicKey,
                                 Set<SignType> signTypes) {
        requireText("appId", appId, 64);
        requireSignTypes(signTypes);
        requireLength("rsaPublicKey", rsaPublicKey, MAX_LONG_VALUE);
        if (merchantById(merchantId).isEmpty()) {
            throw notFound("merchant " + merchantId);
        }
        MerchantApp app = new MerchantApp(Ids.newId(), appId, merchantId, signKey, rsaPublicKey, signTypes,
                System.currentTimeMillis());
        String signKeyEnc = encryptSignKey(signKey);
        onConflict(() -> jdbc.sql("INSERT INTO merchant_app (" + APP_COLUMNS
                                + ") VALUES (:id, :appId, :merchantId, :signKeyEnc, :rsaPublicKey, :signTypes, :createdAt, :resultDelivery)")
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

    @Override
    public MerchantApp updateApp(String id, Secret signKey, String rsaPublicKey, Set<SignType> signTypes) {
        MerchantApp current = jdbc.sql("SELECT " + APP_COLUMNS + " FROM merchant_app WHERE id = :id")
                .param("id", id).query(this::app).optional()
                .orElseThrow(() -> notFound("app " + id));
        if (signTypes != null) {
            requireSignTypes(signTypes);
        }
        requireLength("rsaPublicKey", rsaPublicKey, MAX_LONG_VALUE);
        MerchantApp updated = new MerchantApp(current.id(), current.appId(), current.merchantId(),
                signKey == null ? current.signKey() : signKey,
                rsaPublicKey == null ? current.rsaPublicKey() : rsaPublicKey,
                signTypes == null ? current.signTypes() : signTypes, current.createdAt(), current.resultDelivery());
        jdbc.sql("UPDATE merchant_app SET sign_key_enc = :signKeyEnc, rsa_public_key = :rsaPublicKey,"
                        + " sign_types = :signTypes WHERE id = :id")
                .param("signKeyEnc", encryptSignKey(updated.signKey()), Types.VARCHAR)
                .param("rsaPublicKey", updated.rsaPublicKey(), Types.VARCHAR)
                .param("signTypes", signTypesCsv(updated.signTypes()))
                .param("id", id)
                .update();
        return updated;
    }

    @Override
    public MerchantApp setResultDelivery(String id, ResultDelivery delivery) {
        MerchantApp current = jdbc.sql("SELECT " + APP_COLUMNS + " FROM merchant_app WHERE id = :id")
                .param("id", id).query(this::app).optional()
                .orElseThrow(() -> notFound("app " + id));
        jdbc.sql("UPDATE merchant_app SET result_delivery = :resultDelivery WHERE id = :id")
                .param("resultDelivery", delivery.wireName())
                .param("id", id)
                .update();
        return new MerchantApp(current.id(), current.appId(), current.merchantId(), current.signKey(),
                current.rsaPublicKey(), current.signTypes(), current.createdAt(), delivery);
    }

    @Override
    public List<MerchantApp> appsOf(String merchantId) {
        return jdbc.sql("SELECT " + APP_COLUMNS + " FROM merchant_app WHERE merchant_id = :merchantId"
                        + " ORDER BY created_at, app_id")
                .param("merchantId", merchantId).query(this::app).list();
    }

    @Override
    public ChannelConfig putChannel(OwnerType ownerType, String ownerId, ChannelKind kind, ChannelMode mode,
                                    Map<String, String> settings, Map<String, Secret> secrets) {
        Objects.requireNonNull(ownerType, "ownerType");
        Objects.requireNonNull(kind, "kind");
        if (mode == null) {
            throw PayerIdException.invalid("mode is required");
        }
        requireOwner(ownerType, ownerId);
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
            Optional<ChannelConfig> existing = channel(ownerType, ownerId, kind);
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
                        secretMap(secretValues), existing.get().createdAt());
            }
            String id = Ids.newId();
            try {
                jdbc.sql("INSERT INTO channel_config (" + CHANNEL_COLUMNS + ") VALUES (:id, :ownerType, :ownerId,"
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

    @Override
    public Optional<ChannelConfig> channel(OwnerType ownerType, String ownerId, ChannelKind kind) {
        return jdbc.sql("SELECT " + CHANNEL_COLUMNS + " FROM channel_config"
                        + " WHERE owner_type = :ownerType AND owner_id = :ownerId AND kind = :kind")
                .param("ownerType", ownerType.name())
                .param("ownerId", ownerId)
                .param("kind", kind.name())
                .query(this::channelConfig).optional();
    }

    @Override
    public List<ChannelConfig> channelsOf(OwnerType ownerType, String ownerId) {
        return jdbc.sql("SELECT " + CHANNEL_COLUMNS + " FROM channel_config"
                        + " WHERE owner_type = :ownerType AND owner_id = :ownerId ORDER BY kind")
                .param("ownerType", ownerType.name())
                .param("ownerId", ownerId)
                .query(this::channelConfig).list();
    }

    @Override
    public boolean removeChannel(OwnerType ownerType, String ownerId, ChannelKind kind) {
        return jdbc.sql("DELETE FROM channel_config"
                        + " WHERE owner_type = :ownerType AND owner_id = :ownerId AND kind = :kind")
                .param("ownerType", ownerType.name())
                .param("ownerId", ownerId)
                .param("kind", kind.name())
                .update() > 0;
    }

    @Override
    public WhitelistEntry addWhitelistEntry(String merchantId, String scheme, String host, int port,
                                            String pathPrefix, boolean wholeOrigin) {
        requireText("scheme", scheme, 8);
        requireText("host", host, MAX_INDEXED);
        String prefix = pathPrefix == null ? "" : pathPrefix;
        requireLength("pathPrefix", prefix, MAX_INDEXED);
        if (wholeOrigin != prefix.isEmpty()) {
            throw PayerIdException.invalid(wholeOrigin ? "a whole-origin entry has no path prefix"
                    : "an entry without a path prefix must be marked whole-origin");
        }
        if (port < -1 || port == 0 || port > 65535) {
            throw PayerIdException.invalid("port must be 1-65535 (or -1 for the scheme's default)");
        }
        if (merchantById(merchantId).isEmpty()) {
            throw notFound("merchant " + merchantId);
        }
        WhitelistEntry entry = new WhitelistEntry(Ids.newId(), merchantId, scheme, host, port,
                prefix.isEmpty() ? null : prefix, wholeOrigin);
        onConflict(() -> jdbc.sql("INSERT INTO redirect_whitelist (" + WHITELIST_COLUMNS
                                + ", created_at) VALUES (:id, :merchantId, :scheme, :host, :port, :pathPrefix, :wholeOrigin, :createdAt)")
                        .param("id", entry.id())
                        .param("merchantId", merchantId)
                        .param("scheme", scheme)
                        .param("host", host)
                        .param("port", port)
                        .param("pathPrefix", prefix)
                        .param("wholeOrigin", wholeOrigin)
                        .param("createdAt", System.currentTimeMillis())
                        .update(),
                "whitelist entry " + entry.display() + " already exists");
        return entry;
    }

    @Override
    public boolean removeWhitelistEntry(String merchantId, String entryId) {
        return jdbc.sql("DELETE FROM redirect_whitelist WHERE id = :id AND merchant_id = :merchantId")
                .param("id", entryId)
                .param("merchantId", merchantId)
                .update() > 0;
    }

    // ---------------------------------------------------------------- row mapping

    private Institution institution(ResultSet rs, int row) throws SQLException {
        return new Institution(rs.getString("id"), rs.getString("inst_no"), rs.getString("name"),
                decryptSignKey(rs.getString("sign_key_enc")), rs.getLong("created_at"));
    }

    private Merchant merchant(ResultSet rs, int row) throws SQLException {
        return new Merchant(rs.getString("id"), rs.getString("institution_id"), rs.getString("mch_no"),
                rs.getString("name"), rs.getBoolean("enabled"), rs.getLong("created_at"));
    }

    private MerchantApp app(ResultSet rs, int row) throws SQLException {
        return new MerchantApp(rs.getString("id"), rs.getString("app_id"), rs.getString("merchant_id"),
                decryptSignKey(rs.getString("sign_key_enc")), rs.getString("rsa_public_key"),
                parseSignTypes(rs.getString("sign_types")), rs.getLong("created_at"),
                ResultDelivery.fromWire(rs.getString("result_delivery")).orElse(ResultDelivery.REDIRECT));
    }

    private ChannelConfig channelConfig(ResultSet rs, int row) throws SQLException {
        Map<String, String> settings = readMap(rs.getString("settings_json"));
        String secretsEnc = rs.getString("secrets_enc");
        Map<String, String> secrets = secretsEnc == null ? Map.of() : readMap(cipher.decrypt(secretsEnc));
        return new ChannelConfig(rs.getString("id"), OwnerType.valueOf(rs.getString("owner_type")),
                rs.getString("owner_id"), ChannelKind.valueOf(rs.getString("kind")),
                ChannelMode.valueOf(rs.getString("mode")), settings, secretMap(secrets), rs.getLong("created_at"));
    }

    private static WhitelistEntry whitelistEntry(ResultSet rs, int row) throws SQLException {
        String prefix = rs.getString("path_prefix");
        return new WhitelistEntry(rs.getString("id"), rs.getString("merchant_id"), rs.getString("scheme"),
                rs.getString("host"), rs.getInt("port"), prefix == null || prefix.isEmpty() ? null : prefix,
                rs.getBoolean("whole_origin"));
    }

    // ---------------------------------------------------------------- helpers

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

    private String encryptSignKey(Secret signKey) {
        if (signKey == null) {
            return null;
        }
        String enc = cipher.encrypt(signKey.reveal());
        if (enc.length() > MAX_SIGN_KEY_ENC) {
            throw PayerIdException.invalid("signKey is too long");
        }
        return enc;
    }

    private Secret decryptSignKey(String stored) {
        return stored == null ? null : Secret.of(cipher.decrypt(stored));
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

    private void requireOwner(OwnerType ownerType, String ownerId) {
        boolean exists = switch (ownerType) {
            case INSTITUTION -> institutionById(ownerId).isPresent();
            case MERCHANT -> merchantById(ownerId).isPresent();
        };
        if (!exists) {
            throw notFound(ownerType.name().toLowerCase(java.util.Locale.ROOT) + " " + ownerId);
        }
    }

    private static void requireSignTypes(Set<SignType> signTypes) {
        if (signTypes == null || signTypes.isEmpty()) {
            throw PayerIdException.invalid("signTypes must name at least one sign type");
        }
    }

    private static void requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw PayerIdException.invalid(field + " is required");
        }
        requireLength(field, value, maxLength);
    }

    private static void requireLength(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw PayerIdException.invalid(field + " is longer than " + maxLength + " characters");
        }
    }

    private static PayerIdException notFound(String what) {
        return new PayerIdException(ErrorCode.NOT_FOUND, what + " not found");
    }

    private static void onConflict(Supplier<Integer> insert, String conflictDetail) {
        try {
            insert.get();
        } catch (DuplicateKeyException e) {
            throw new PayerIdException(ErrorCode.CONFLICT, conflictDetail, e);
        }
    }
}
