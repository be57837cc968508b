package io.payerid.bench;

import com.github.benmanes.caffeine.cache.Ticker;
import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.core.tenant.WhitelistEntry;
import io.payerid.core.tenant.cache.CachingTenantDirectory;
import io.payerid.core.tenant.cache.TenantCacheSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The tenant lookups of one browser entry ({@code GET /v1/oauth/authorize}: app, merchant, whitelist, the merchant's
 * and then the institution's channel configuration), before and after the tenant cache.
 *
 * <p>{@code database}: the five SELECTs the JDBC repositories run, on one open connection to an in-memory H2, rows
 * mapped, no pool checkout, no Spring {@code JdbcClient}, no AES-GCM decryption of the stored secrets: a lower bound of
 * what each request paid before (a networked database adds a round trip per statement). {@code cached}: the same
 * lookups through {@link CachingTenantDirectory}, warm. Run with {@code -prof gc} for bytes per operation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class TenantLookupBenchmark {

    private Connection connection;
    private TenantDirectory database;
    private TenantDirectory cached;

    @Setup
    public void setUp() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:tenantbench;DB_CLOSE_DELAY=-1");
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE merchant (id VARCHAR(26) PRIMARY KEY, institution_id VARCHAR(26), mch_no VARCHAR(64)"
                    + " UNIQUE, name VARCHAR(128), enabled BOOLEAN, created_at BIGINT)");
            ddl.execute("CREATE TABLE merchant_app (id VARCHAR(26) PRIMARY KEY, app_id VARCHAR(64) UNIQUE, merchant_id"
                    + " VARCHAR(26), sign_key_enc VARCHAR(512), rsa_public_key VARCHAR(4000), sign_types VARCHAR(64),"
                    + " created_at BIGINT, result_delivery VARCHAR(16))");
            ddl.execute("CREATE TABLE channel_config (id VARCHAR(26) PRIMARY KEY, owner_type VARCHAR(16), owner_id"
                    + " VARCHAR(26), kind VARCHAR(32), mode VARCHAR(32), settings_json VARCHAR(4000), secrets_enc"
                    + " VARCHAR(4000), created_at BIGINT, updated_at BIGINT, UNIQUE (owner_type, owner_id, kind))");
            ddl.execute("CREATE TABLE redirect_whitelist (id VARCHAR(26) PRIMARY KEY, merchant_id VARCHAR(26), scheme"
                    + " VARCHAR(8), host VARCHAR(191), port INT, path_prefix VARCHAR(191), whole_origin BOOLEAN,"
                    + " created_at BIGINT)");
            ddl.execute("CREATE INDEX wl_merchant ON redirect_whitelist (merchant_id)");
            ddl.execute("INSERT INTO merchant VALUES ('m1', 'i1', 'MCH_DEMO', 'demo', TRUE, 0)");
            ddl.execute("INSERT INTO merchant_app VALUES ('a1', 'app_demo', 'm1', 'k1.enc', NULL, 'MD5', 0, 'redirect')");
            ddl.execute("INSERT INTO channel_config VALUES ('c1', 'INSTITUTION', 'i1', 'WECHAT_OA', 'DIRECT',"
                    + " '{\"appId\":\"wxdemo0000000001\"}', 'k1.secret', 0, 0)");
            ddl.execute("INSERT INTO redirect_whitelist VALUES ('w1', 'm1', 'https', 'shop.example', -1, '/return',"
                    + " FALSE, 0)");
        }
        database = new H2Lookups(connection);
        cached = new CachingTenantDirectory(database, new TenantCacheSettings(Duration.ofMinutes(10), 1000, 1000, 4),
                Ticker.systemTicker());
        entry(cached, new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous."));
    }

    @TearDown
    public void tearDown() throws SQLException {
        connection.close();
    }

    @Benchmark
    public void database(Blackhole sink) {
        entry(database, sink);
    }

    @Benchmark
    public void cached(Blackhole sink) {
        entry(cached, sink);
    }

    /** What the browser entry asks the directory, in its order. */
    private static void entry(TenantDirectory directory, Blackhole sink) {
        MerchantApp app = directory.appByAppId("app_demo").orElseThrow();
        Merchant merchant = directory.merchantById(app.merchantId()).orElseThrow();
        sink.consume(directory.whitelist(merchant.id()));
        sink.consume(directory.effectiveChannel(merchant, ChannelKind.WECHAT_OA).orElseThrow());
    }

    /** The repositories' statements over plain JDBC (the benchmark cannot depend on the server module). */
    private static final class H2Lookups implements TenantDirectory {

        private final Connection connection;

        H2Lookups(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Optional<MerchantApp> appByAppId(String appId) {
            return one("SELECT id, app_id, merchant_id, sign_key_enc, rsa_public_key, sign_types, created_at,"
                    + " result_delivery FROM merchant_app WHERE app_id = ?", appId, rs -> new MerchantApp(rs.getString(1),
                    rs.getString(2), rs.getString(3), Secret.of(rs.getString(4)), rs.getString(5), Set.of(SignType.MD5),
                    rs.getLong(7)));
        }

        @Override
        public Optional<Merchant> merchantById(String id) {
            return one("SELECT id, institution_id, mch_no, name, enabled, created_at FROM merchant WHERE id = ?", id,
                    rs -> new Merchant(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getBoolean(5), rs.getLong(6)));
        }

        @Override
        public List<WhitelistEntry> whitelist(String merchantId) {
            try (PreparedStatement statement = connection.prepareStatement("SELECT id, merchant_id, scheme, host, port,"
                    + " path_prefix, whole_origin FROM redirect_whitelist WHERE merchant_id = ? ORDER BY created_at, id")) {
                statement.setString(1, merchantId);
                try (ResultSet rs = statement.executeQuery()) {
                    List<WhitelistEntry> entries = new ArrayList<>();
                    while (rs.next()) {
                        entries.add(new WhitelistEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getInt(5), rs.getString(6), rs.getBoolean(7)));
                    }
                    return entries;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Optional<ChannelConfig> effectiveChannel(Merchant merchant, ChannelKind kind) {
            Optional<ChannelConfig> own = channel(OwnerType.MERCHANT, merchant.id(), kind);
            return own.isPresent() ? own : channel(OwnerType.INSTITUTION, merchant.institutionId(), kind);
        }

        private Optional<ChannelConfig> channel(OwnerType ownerType, String ownerId, ChannelKind kind) {
            try (PreparedStatement statement = connection.prepareStatement("SELECT id, owner_type, owner_id, kind, mode,"
                    + " settings_json, secrets_enc, created_at, updated_at FROM channel_config"
                    + " WHERE owner_type = ? AND owner_id = ? AND kind = ?")) {
                statement.setString(1, ownerType.name());
                statement.setString(2, ownerId);
                statement.setString(3, kind.name());
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() ? Optional.of(new ChannelConfig(rs.getString(1), OwnerType.valueOf(rs.getString(2)),
                            rs.getString(3), ChannelKind.valueOf(rs.getString(4)), ChannelMode.valueOf(rs.getString(5)),
                            Map.of("appId", rs.getString(6)), Map.of("appSecret", Secret.of(rs.getString(7))),
                            rs.getLong(8))) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private interface Row<T> {
            T map(ResultSet rs) throws SQLException;
        }

        private <T> Optional<T> one(String sql, String key, Row<T> row) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, key);
                try (ResultSet rs = statement.executeQuery()) {
                    return rs.next() ? Optional.of(row.map(rs)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Optional<Institution> institutionById(String id) {
            throw new UnsupportedOperationException("not on the browser entry");
        }

        @Override
        public Optional<Institution> institutionByInstNo(String instNo) {
            throw new UnsupportedOperationException("not on the browser entry");
        }

        @Override
        public Optional<Merchant> merchantByMchNo(String mchNo) {
            throw new UnsupportedOperationException("not on the browser entry");
        }
    }
}
