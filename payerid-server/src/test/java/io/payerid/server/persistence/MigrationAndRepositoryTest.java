package io.payerid.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;

import io.payerid.core.crypto.KeyRing;
import io.payerid.core.crypto.SecretCipher;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.ratelimit.RateLimit;
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
import io.payerid.core.tenant.WechatOfficialAccount;
import io.payerid.core.tenant.WhitelistEntry;
import io.payerid.server.config.EmbeddedSecrets;
import io.payerid.server.dialect.exchange.ExchangeAuthRequest;
import io.payerid.server.dialect.exchange.ExchangeAuthRequests;
import io.payerid.server.dialect.exchange.ExchangeRefusal;
import io.payerid.server.dialect.exchange.ExchangeSignType;
import io.payerid.server.dialect.exchange.ExchangeStatus;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs {@code V1__tenants.sql} with Flyway and exercises {@link JdbcTenantDirectory} on H2, PostgreSQL and
 * MariaDB, each in a throw-away schema/database. PostgreSQL and MariaDB are skipped when unreachable,
 * unless {@code CI=true}, where they must be there. Connection settings can be overridden with
 * {@code PAYERID_TEST_PG_URL/USER/PASSWORD} and {@code PAYERID_TEST_MARIADB_URL/USER/PASSWORD}.
 */
class MigrationAndRepositoryTest {

    private static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));

    @Nested
    class H2 extends Contract {

        private final String url = "jdbc:h2:mem:migration_" + Ids.randomBase32(8) + ";DB_CLOSE_DELAY=-1";

        @Override
        DataSource open() {
            return new DriverManagerDataSource(url, "sa", "");
        }

        @Override
        void close() throws SQLException {
            try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        }
    }

    @Nested
    class PostgreSql extends Contract {

        private final String baseUrl = env("PAYERID_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        private final String user = env("PAYERID_TEST_PG_USER", "postgres");
        private final String password = env("PAYERID_TEST_PG_PASSWORD", "");
        private final String schema = "payerid_test_" + Ids.randomBase32(10);

        @Override
        DataSource open() throws SQLException {
            try (Connection c = connect("PostgreSQL", baseUrl, user, password); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            String separator = baseUrl.contains("?") ? "&" : "?";
            return new DriverManagerDataSource(baseUrl + separator + "currentSchema=" + schema, user, password);
        }

        @Override
        void close() throws SQLException {
            try (Connection c = DriverManager.getConnection(baseUrl, user, password); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    @Nested
    class MariaDb extends Contract {

        private final String baseUrl = env("PAYERID_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/");
        private final String user = env("PAYERID_TEST_MARIADB_USER", "root");
        private final String password = env("PAYERID_TEST_MARIADB_PASSWORD", "");
        private final String database = "payerid_test_" + Ids.randomBase32(10);

        @Override
        DataSource open() throws SQLException {
            try (Connection c = connect("MariaDB", baseUrl, user, password); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            String url = (baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + database;
            return new DriverManagerDataSource(url, user, password);
        }

        @Override
        void close() throws SQLException {
            try (Connection c = DriverManager.getConnection(baseUrl, user, password); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database);
            }
        }
    }

    /** The same checks for every database. */
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Contract {

        JdbcClient jdbc;
        JdbcTenantDirectory directory;
        MigrateResult firstMigration;
        DataSource dataSource;
        private boolean opened;

        abstract DataSource open() throws SQLException;

        abstract void close() throws SQLException;

        private String skipReason;

        @BeforeAll
        void setUp() throws SQLException {
            try {
                dataSource = open();
            } catch (Unreachable e) {
                skipReason = e.getMessage();
                return;
            }
            opened = true;
            firstMigration = flyway().migrate();
            jdbc = JdbcClient.create(dataSource);
            SecretCipher cipher = new SecretCipher(KeyRing.single("k1", EmbeddedSecrets.randomBase64(32)));
            directory = new JdbcTenantDirectory(jdbc, cipher, JsonMapper.builder().build());
        }

        /** Each test is reported as skipped (not silently absent) when the database is not there. */
        @BeforeEach
        void requireDatabase() {
            Assumptions.assumeTrue(skipReason == null, skipReason);
        }

        @AfterAll
        void tearDown() throws SQLException {
            if (opened) {
                close();
            }
        }

        private Flyway flyway() {
            return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
        }

        @Test
        void migrationAppliesOnceAndIsIdempotent() {
            assertThat(firstMigration.success).isTrue();
            assertThat(firstMigration.migrationsExecuted).isEqualTo(flyway().info().all().length).isGreaterThanOrEqualTo(3);
            assertThat(flyway().migrate().migrationsExecuted).isZero();
            assertThat(flyway().validateWithResult().validationSuccessful).isTrue();
            for (String table : List.of("institution", "merchant", "merchant_app", "channel_config",
                    "redirect_whitelist", "callback_outbox", "callback_attempt", "qr_entry", "exchange_auth_request")) {
                assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single()).isNotNull();
            }
        }

        @Test
        void addWhitelistEntryWhenWholeOriginDisagreesWithPrefixThenInvalidRequest() {
            Institution inst = directory.createInstitution("INSTW" + Ids.randomBase32(6), "机构", null);
            Merchant merchant = directory.createMerchant(inst.id(), "MCHW" + Ids.randomBase32(6), "商户", true);
            for (Runnable contradiction : List.<Runnable>of(
                    () -> directory.addWhitelistEntry(merchant.id(), "https", "w.example.com", -1, "", false),
                    () -> directory.addWhitelistEntry(merchant.id(), "https", "w.example.com", -1, "/pay/", true))) {
                assertThatThrownBy(contradiction::run).isInstanceOfSatisfying(PayerIdException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST));
            }
            assertThat(directory.whitelist(merchant.id())).isEmpty();
        }

        @Test
        void createsEverythingAndReadsItBack() throws Exception {
            String suffix = Ids.randomBase32(6);
            Institution inst = directory.createInstitution("INST" + suffix, "机构 " + suffix, Secret.of("inst-key-" + suffix));
            assertThat(inst.id()).hasSize(26);
            assertThat(directory.institutionById(inst.id())).contains(inst);
            assertThat(directory.institutionByInstNo("INST" + suffix)).contains(inst);
            assertThat(directory.institutions()).contains(inst);

            Merchant merchant = directory.createMerchant(inst.id(), "MCH" + suffix, "商户 " + suffix, true);
            assertThat(directory.merchantById(merchant.id())).contains(merchant);
            assertThat(directory.merchantByMchNo("MCH" + suffix)).contains(merchant);
            assertThat(directory.merchantsOf(inst.id())).containsExactly(merchant);

            String rsa = rsaPublicKey();
            MerchantApp app = directory.createApp(merchant.id(), "app_" + suffix, Secret.of("app-key-" + suffix), rsa,
                    EnumSet.of(SignType.MD5, SignType.HMAC_SHA256, SignType.RSA2));
            MerchantApp read = directory.appByAppId("app_" + suffix).orElseThrow();
            assertThat(read).isEqualTo(app);
            assertThat(read.signKey().reveal()).isEqualTo("app-key-" + suffix);
            assertThat(read.rsaPublicKey()).isEqualTo(rsa);
            assertThat(read.signTypes()).containsExactlyInAnyOrder(SignType.MD5, SignType.HMAC_SHA256, SignType.RSA2);
            assertThat(directory.appsOf(merchant.id())).containsExactly(app);

            MerchantApp keyless = directory.createApp(merchant.id(), "app2_" + suffix, null, rsa, Set.of(SignType.RSA2));
            assertThat(directory.appByAppId("app2_" + suffix).orElseThrow().signKey()).isNull();
            assertThat(directory.appsOf(merchant.id())).containsExactlyInAnyOrder(app, keyless);

            WhitelistEntry any = directory.addWhitelistEntry(merchant.id(), "https", "shop.example.com", -1, "");
            WhitelistEntry pay = directory.addWhitelistEntry(merchant.id(), "https", "shop.example.com", 8443, "/pay/");
            assertThat(any.pathPrefix()).isNull();
            assertThat(any.wholeOrigin()).isTrue();
            assertThat(pay.wholeOrigin()).isFalse();
            assertThat(directory.whitelist(merchant.id())).containsExactlyInAnyOrder(any, pay);
            assertThat(pay.display()).isEqualTo("https://shop.example.com:8443/pay/");

            assertThat(directory.institutionByInstNo("nope" + suffix)).isEmpty();
            assertThat(directory.merchantByMchNo("nope" + suffix)).isEmpty();
            assertThat(directory.appByAppId("nope" + suffix)).isEmpty();
        }

        @Test
        void secretsRoundTripButAreStoredEncrypted() {
            String suffix = Ids.randomBase32(6);
            String instKey = "institution-plaintext-key-" + suffix;
            String appKey = "app-plaintext-key-" + suffix;
            String appSecret = "oa-plaintext-secret-" + suffix;
            Institution inst = directory.createInstitution("S" + suffix, "secrets", Secret.of(instKey));
            Merchant merchant = directory.createMerchant(inst.id(), "SM" + suffix, "secrets", true);
            directory.createApp(merchant.id(), "sapp_" + suffix, Secret.of(appKey), null, Set.of(SignType.MD5));
            directory.putChannel(OwnerType.INSTITUTION, inst.id(), ChannelKind.WECHAT_OA, ChannelMode.SERVICE_PROVIDER,
                    Map.of(WechatOfficialAccount.APP_ID, "wx" + suffix),
                    Map.of(WechatOfficialAccount.APP_SECRET, Secret.of(appSecret)));

            assertThat(directory.institutionById(inst.id()).orElseThrow().signKey().reveal()).isEqualTo(instKey);
            assertThat(directory.appByAppId("sapp_" + suffix).orElseThrow().signKey().reveal()).isEqualTo(appKey);
            WechatOfficialAccount oa = WechatOfficialAccount.from(
                    directory.channel(OwnerType.INSTITUTION, inst.id(), ChannelKind.WECHAT_OA).orElseThrow());
            assertThat(oa.appId()).isEqualTo("wx" + suffix);
            assertThat(oa.appSecret().reveal()).isEqualTo(appSecret);
            assertThat(oa.mode()).isEqualTo(ChannelMode.SERVICE_PROVIDER);

            String storedInstKey = jdbc.sql("SELECT sign_key_enc FROM institution WHERE id = :id")
                    .param("id", inst.id()).query(String.class).single();
            String storedAppKey = jdbc.sql("SELECT sign_key_enc FROM merchant_app WHERE app_id = :a")
                    .param("a", "sapp_" + suffix).query(String.class).single();
            Map<String, Object> channelRow = jdbc.sql("SELECT settings_json, secrets_enc FROM channel_config"
                    + " WHERE owner_id = :o").param("o", inst.id()).query().singleRow();
            String settingsJson = (String) value(channelRow, "settings_json");
            String secretsEnc = (String) value(channelRow, "secrets_enc");
            assertThat(storedInstKey).startsWith("v1:k1:").doesNotContain(instKey);
            assertThat(storedAppKey).startsWith("v1:k1:").doesNotContain(appKey);
            assertThat(secretsEnc).startsWith("v1:k1:").doesNotContain(appSecret).doesNotContain("appSecret");
            assertThat(settingsJson).contains("wx" + suffix).doesNotContain(appSecret);
        }

        @Test
        void effectiveChannelPrefersTheMerchantsOwnConfiguration() {
            String suffix = Ids.randomBase32(6);
            Institution inst = directory.createInstitution("E" + suffix, "eff", null);
            Merchant merchant = directory.createMerchant(inst.id(), "EM" + suffix, "eff", true);
            assertThat(directory.effectiveChannel(merchant, ChannelKind.WECHAT_OA)).isEmpty();

            ChannelConfig institutional = directory.putChannel(OwnerType.INSTITUTION, inst.id(), ChannelKind.WECHAT_OA,
                    ChannelMode.SERVICE_PROVIDER, Map.of("appId", "wx-inst", "subAppId", "wx-sub"),
                    Map.of("appSecret", Secret.of("inst-secret")));
            ChannelConfig viaInstitution = directory.effectiveChannel(merchant, ChannelKind.WECHAT_OA).orElseThrow();
            assertThat(viaInstitution.id()).isEqualTo(institutional.id());
            assertThat(viaInstitution.ownerType()).isEqualTo(OwnerType.INSTITUTION);
            assertThat(viaInstitution.setting("subAppId")).contains("wx-sub");
            assertThat(directory.effectiveChannel(merchant, ChannelKind.ALIPAY)).isEmpty();

            ChannelConfig own = directory.putChannel(OwnerType.MERCHANT, merchant.id(), ChannelKind.WECHAT_OA,
                    ChannelMode.DIRECT, Map.of("appId", "wx-own"), Map.of("appSecret", Secret.of("own-secret")));
            ChannelConfig effective = directory.effectiveChannel(merchant, ChannelKind.WECHAT_OA).orElseThrow();
            assertThat(effective.id()).isEqualTo(own.id());
            assertThat(effective.ownerType()).isEqualTo(OwnerType.MERCHANT);
            assertThat(effective.mode()).isEqualTo(ChannelMode.DIRECT);
            assertThat(effective.setting("appId")).contains("wx-own");
            assertThat(effective.secret("appSecret").orElseThrow().reveal()).isEqualTo("own-secret");

            assertThat(directory.removeChannel(OwnerType.MERCHANT, merchant.id(), ChannelKind.WECHAT_OA)).isTrue();
            assertThat(directory.effectiveChannel(merchant, ChannelKind.WECHAT_OA).orElseThrow().id())
                    .isEqualTo(institutional.id());
        }

        @Test
        void putChannelReplacesInPlace() {
            String suffix = Ids.randomBase32(6);
            Institution inst = directory.createInstitution("P" + suffix, "put", null);
            ChannelConfig first = directory.putChannel(OwnerType.INSTITUTION, inst.id(), ChannelKind.ALIPAY,
                    ChannelMode.DIRECT, Map.of("appId", "2021", "gateway", "https://openapi.alipay.com"),
                    Map.of("privateKey", Secret.of("pk1"), "alipayPublicKey", Secret.of("pub1")));
            ChannelConfig second = directory.putChannel(OwnerType.INSTITUTION, inst.id(), ChannelKind.ALIPAY,
                    ChannelMode.SERVICE_PROVIDER, Map.of("appId", "2022"), Map.of());
            assertThat(second.id()).isEqualTo(first.id());
            ChannelConfig read = directory.channel(OwnerType.INSTITUTION, inst.id(), ChannelKind.ALIPAY).orElseThrow();
            assertThat(read.id()).isEqualTo(first.id());
            assertThat(read.createdAt()).isEqualTo(first.createdAt());
            assertThat(read.mode()).isEqualTo(ChannelMode.SERVICE_PROVIDER);
            assertThat(read.settings()).isEqualTo(Map.of("appId", "2022"));
            assertThat(read.secrets()).isEmpty();
            assertThat(directory.channelsOf(OwnerType.INSTITUTION, inst.id())).hasSize(1);
        }

        @Test
        void updatesKeepWhatIsNotChanged() {
            String suffix = Ids.randomBase32(6);
            Institution inst = directory.createInstitution("U" + suffix, "before", Secret.of("old-key-1"));
            Institution renamed = directory.updateInstitution(inst.id(), "after", null);
            assertThat(renamed.signKey().reveal()).isEqualTo("old-key-1");
            directory.updateInstitution(inst.id(), null, Secret.of("new-key-1"));
            Institution read = directory.institutionById(inst.id()).orElseThrow();
            assertThat(read.name()).isEqualTo("after");
            assertThat(read.signKey().reveal()).isEqualTo("new-key-1");

            Merchant merchant = directory.createMerchant(inst.id(), "UM" + suffix, "shop", true);
            directory.updateMerchant(merchant.id(), null, false);
            Merchant disabled = directory.merchantById(merchant.id()).orElseThrow();
            assertThat(disabled.enabled()).isFalse();
            assertThat(disabled.name()).isEqualTo("shop");

            MerchantApp app = directory.createApp(merchant.id(), "uapp_" + suffix, Secret.of("k-1-abcdef"), null,
                    Set.of(SignType.MD5));
            directory.updateApp(app.id(), Secret.of("k-2-abcdef"), null, Set.of(SignType.HMAC_SHA256));
            MerchantApp updated = directory.appByAppId("uapp_" + suffix).orElseThrow();
            assertThat(updated.signKey().reveal()).isEqualTo("k-2-abcdef");
            assertThat(updated.signTypes()).containsExactly(SignType.HMAC_SHA256);

            assertThatThrownBy(() -> directory.updateMerchant("missing", "x", null))
                    .isInstanceOfSatisfying(PayerIdException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        }

        @Test
        void setAppEnabledWhenDisabledThenReadBackAndOtherChangesKeepIt() {
            String suffix = Ids.randomBase32(6);
            Institution inst = directory.createInstitution("E" + suffix, "enabled", null);
            Merchant merchant = directory.createMerchant(inst.id(), "EM" + suffix, "shop", true);
            MerchantApp app = directory.createApp(merchant.id(), "eapp_" + suffix, Secret.of("k-on-abcdef"), null,
                    Set.of(SignType.MD5));
            assertThat(app.enabled()).isTrue();
            assertThat(directory.appByAppId("eapp_" + suffix).orElseThrow().enabled()).isTrue();

            assertThat(directory.setAppEnabled(app.id(), false).enabled()).isFalse();
            directory.rotateSignKey(app.id(), Secret.of("k-next-abcdef"), 0);
            directory.updateApp(app.id(), null, null, Set.of(SignType.HMAC_SHA256));

            MerchantApp read = directory.appByAppId("eapp_" + suffix).orElseThrow();
            assertThat(read.enabled()).as("rotation and sign types keep the flag").isFalse();
            assertThat(read.signKey().reveal()).isEqualTo("k-next-abcdef");
            assertThat(directory.setAppEnabled(app.id(), true).enabled()).isTrue();
            assertThat(directory.appsOf(merchant.id())).singleElement().satisfies(a -> assertThat(a.enabled()).isTrue());
            assertThatThrownBy(() -> directory.setAppEnabled("missing", false))
                    .isInstanceOfSatisfying(PayerIdException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        }

        @Test
        void rotateSignKeyWhenOverlapGivenThenPreviousKeyStoredEncryptedAndReadBack() {
            String suffix = Ids.randomBase32(6);
            Institution inst = directory.createInstitution("K" + suffix, "rotation", null);
            Merchant merchant = directory.createMerchant(inst.id(), "KM" + suffix, "shop", true);
            MerchantApp app = directory.createApp(merchant.id(), "kapp_" + suffix, Secret.of("k-old-abcdef"), null,
                    Set.of(SignType.MD5));
            assertThat(app.previousSignKey()).isNull();
            long until = System.currentTimeMillis() + 60_000;

            directory.rotateSignKey(app.id(), Secret.of("k-new-abcdef"), until);
            MerchantApp read = directory.appByAppId("kapp_" + suffix).orElseThrow();
            assertThat(read.signKey().reveal()).isEqualTo("k-new-abcdef");
            assertThat(read.previousSignKey().reveal()).isEqualTo("k-old-abcdef");
            assertThat(read.previousKeyExpiresAt()).isEqualTo(until);
            assertThat(read.verifyingSignKeys(until - 1)).hasSize(2);
            assertThat(read.updatedAt()).isGreaterThanOrEqualTo(read.createdAt());
            String storedPrevious = jdbc.sql("SELECT previous_sign_key_enc FROM merchant_app WHERE id = :id")
                    .param("id", app.id()).query(String.class).single();
            assertThat(storedPrevious).startsWith("v1:").doesNotContain("k-old-abcdef");

            directory.rotateSignKey(app.id(), Secret.of("k-3rd-abcdef"), 0);
            MerchantApp noOverlap = directory.appByAppId("kapp_" + suffix).orElseThrow();
            assertThat(noOverlap.signKey().reveal()).isEqualTo("k-3rd-abcdef");
            assertThat(noOverlap.previousSignKey()).isNull();
            assertThat(noOverlap.previousKeyExpiresAt()).isZero();
        }

        @Test
        void updatedAtWhenRowsChangeThenSetOnEveryWriteAndCreatedAtKept() throws InterruptedException {
            String suffix = Ids.randomBase32(6);
            Institution inst = directory.createInstitution("T" + suffix, "times", null);
            assertThat(inst.updatedAt()).isEqualTo(inst.createdAt());
            Merchant merchant = directory.createMerchant(inst.id(), "TM" + suffix, "shop", true);
            MerchantApp app = directory.createApp(merchant.id(), "tapp_" + suffix, Secret.of("k-1-abcdef"), null,
                    Set.of(SignType.MD5));
            assertThat(directory.appByAppId("tapp_" + suffix).orElseThrow().updatedAt()).isEqualTo(app.createdAt());
            Thread.sleep(5);

            directory.updateInstitution(inst.id(), "renamed", null);
            directory.updateMerchant(merchant.id(), null, false);
            directory.updateApp(app.id(), null, null, Set.of(SignType.HMAC_SHA256));
            Institution instRead = directory.institutionById(inst.id()).orElseThrow();
            Merchant merchantRead = directory.merchantById(merchant.id()).orElseThrow();
            MerchantApp appRead = directory.appByAppId("tapp_" + suffix).orElseThrow();
            assertThat(instRead.updatedAt()).isGreaterThan(instRead.createdAt());
            assertThat(instRead.createdAt()).isEqualTo(inst.createdAt());
            assertThat(merchantRead.updatedAt()).isGreaterThan(merchantRead.createdAt());
            assertThat(appRead.updatedAt()).isGreaterThan(appRead.createdAt());

            long beforeDelivery = appRead.updatedAt();
            Thread.sleep(5);
            directory.setResultDelivery(app.id(), ResultDelivery.TICKET);
            assertThat(directory.appByAppId("tapp_" + suffix).orElseThrow().updatedAt()).isGreaterThan(beforeDelivery);
        }

        @Test
        void setResultDeliveryWhenChangedThenReadBackAndOtherFieldsKept() {
            String suffix = Ids.randomBase32(6);
            Institution inst = directory.createInstitution("R" + suffix, "delivery", null);
            Merchant merchant = directory.createMerchant(inst.id(), "RM" + suffix, "shop", true);
            MerchantApp app = directory.createApp(merchant.id(), "rapp_" + suffix, Secret.of("k-1-abcdef"), null,
                    Set.of(SignType.MD5));
            assertThat(directory.appByAppId("rapp_" + suffix).orElseThrow().resultDelivery()).isEqualTo(ResultDelivery.REDIRECT);

            directory.setResultDelivery(app.id(), ResultDelivery.FORM_POST);
            MerchantApp read = directory.appByAppId("rapp_" + suffix).orElseThrow();
            assertThat(read.resultDelivery()).isEqualTo(ResultDelivery.FORM_POST);
            assertThat(read.signKey().reveal()).isEqualTo("k-1-abcdef");

            directory.updateApp(app.id(), Secret.of("k-2-abcdef"), null, null);
            assertThat(directory.appByAppId("rapp_" + suffix).orElseThrow().resultDelivery()).isEqualTo(ResultDelivery.FORM_POST);
            directory.setResultDelivery(app.id(), ResultDelivery.TICKET);
            assertThat(directory.appsOf(merchant.id())).singleElement()
                    .satisfies(a -> assertThat(a.resultDelivery()).isEqualTo(ResultDelivery.TICKET));
            assertThatThrownBy(() -> directory.setResultDelivery("missing", ResultDelivery.TICKET))
                    .isInstanceOfSatisfying(PayerIdException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        }

        @Test
        void duplicatesAreConflicts() {
            String suffix = Ids.randomBase32(6);
            Institution inst = directory.createInstitution("D" + suffix, "dup", null);
            assertConflict(() -> directory.createInstitution("D" + suffix, "again", null));

            Merchant merchant = directory.createMerchant(inst.id(), "DM" + suffix, "dup", true);
            assertConflict(() -> directory.createMerchant(inst.id(), "DM" + suffix, "again", true));

            directory.createApp(merchant.id(), "dapp_" + suffix, Secret.of("12345678"), null, Set.of(SignType.MD5));
            assertConflict(() -> directory.createApp(merchant.id(), "dapp_" + suffix, Secret.of("12345678"), null,
                    Set.of(SignType.MD5)));

            directory.addWhitelistEntry(merchant.id(), "https", "dup.example.com", -1, "");
            assertConflict(() -> directory.addWhitelistEntry(merchant.id(), "https", "dup.example.com", -1, null));
            directory.addWhitelistEntry(merchant.id(), "https", "dup.example.com", -1, "/other");
        }

        @Test
        void ownersMustExistAndWhitelistRemovalIsScopedToTheMerchant() {
            String suffix = Ids.randomBase32(6);
            assertThatThrownBy(() -> directory.createMerchant("missing", "OM" + suffix, "x", true))
                    .isInstanceOfSatisfying(PayerIdException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
            assertThatThrownBy(() -> directory.putChannel(OwnerType.MERCHANT, "missing", ChannelKind.WECHAT_OA,
                    ChannelMode.DIRECT, Map.of(), Map.of()))
                    .isInstanceOfSatisfying(PayerIdException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));

            Institution inst = directory.createInstitution("O" + suffix, "owners", null);
            Merchant a = directory.createMerchant(inst.id(), "OA" + suffix, "a", true);
            Merchant b = directory.createMerchant(inst.id(), "OB" + suffix, "b", true);
            WhitelistEntry entry = directory.addWhitelistEntry(a.id(), "http", "a.example.com", 8080, "/cb");
            assertThat(directory.removeWhitelistEntry(b.id(), entry.id())).isFalse();
            assertThat(directory.whitelist(a.id())).containsExactly(entry);
            assertThat(directory.removeWhitelistEntry(a.id(), entry.id())).isTrue();
            assertThat(directory.whitelist(a.id())).isEmpty();
            assertThat(directory.merchantsOf(inst.id())).containsExactly(a, b);
        }

        @Test
        void longestAllowedValuesFit() {
            String suffix = Ids.randomBase32(6);
            Institution inst = directory.createInstitution("L" + suffix, "n".repeat(128), Secret.of("~".repeat(128)));
            Merchant merchant = directory.createMerchant(inst.id(), ("LM" + suffix + "x".repeat(64)).substring(0, 64),
                    "商".repeat(128), true);
            assertThat(directory.merchantById(merchant.id()).orElseThrow().name()).isEqualTo("商".repeat(128));
            String host = ("h".repeat(60) + ".").repeat(3) + "e".repeat(191 - 183);
            WhitelistEntry entry = directory.addWhitelistEntry(merchant.id(), "https", host, 65535,
                    "/" + "p".repeat(190));
            assertThat(directory.whitelist(merchant.id())).containsExactly(entry);
            String big = "v".repeat(1200);
            directory.putChannel(OwnerType.MERCHANT, merchant.id(), ChannelKind.ALIPAY, ChannelMode.DIRECT,
                    Map.of("a", big, "b", big, "c", big), Map.of("privateKey", Secret.of("s".repeat(2000))));
            ChannelConfig read = directory.channel(OwnerType.MERCHANT, merchant.id(), ChannelKind.ALIPAY).orElseThrow();
            assertThat(read.settings().get("c")).isEqualTo(big);
            assertThat(read.secret("privateKey").orElseThrow().reveal()).hasSize(2000);
            assertThatThrownBy(() -> directory.putChannel(OwnerType.MERCHANT, merchant.id(), ChannelKind.ALIPAY,
                    ChannelMode.DIRECT, Map.of("a", "v".repeat(4000)), Map.of()))
                    .isInstanceOfSatisfying(PayerIdException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST));
        }

        @Test
        void aSeed004SerialNoIsUniquePerBusinessAndTheLongestValuesFit() {
            String suffix = Ids.randomBase32(6);
            Institution inst = directory.createInstitution("X" + suffix, "兑换", null);
            Merchant merchant = directory.createMerchant(inst.id(), "XM" + suffix, "兑换商户", true);
            ExchangeAuthRequests requests = new ExchangeAuthRequests(jdbc, java.time.Clock.systemUTC());
            String business = ("b" + suffix + "x".repeat(64)).substring(0, 64);
            String serial = "s".repeat(64);
            ExchangeAuthRequest stored = requests.create(business, merchant.id(), serial, "用".repeat(128),
                    "https://cb.example/" + "p".repeat(2048 - 19), ExchangeSignType.MD5, 1L);
            assertThat(requests.findByLinkToken(stored.linkToken())).contains(stored);
            assertThatThrownBy(() -> requests.create(business, merchant.id(), serial, "u", null, ExchangeSignType.MD5, 1L))
                    .isInstanceOfSatisfying(ExchangeRefusal.class,
                            e -> assertThat(e.status()).isEqualTo(ExchangeStatus.DUPLICATE_SERIAL_NO));
            assertThat(requests.create("other" + suffix, merchant.id(), serial, "u", null, ExchangeSignType.SHA256_RSA, 1L)
                    .serialNo()).isEqualTo(serial);
            assertThat(requests.markAuthorized(stored.id(), "0".repeat(128), "2088" + "1".repeat(12), Ids.newId())).isTrue();
            assertThat(requests.markAuthorized(stored.id(), "o", "u", Ids.newId())).isFalse();
        }

        @Test
        void anAppsRateLimitIsSetReplacedAndRemoved() {
            String suffix = Ids.randomBase32(6);
            Institution inst = directory.createInstitution("RL" + suffix, "限流", null);
            Merchant merchant = directory.createMerchant(inst.id(), "RLM" + suffix, "限流商户", true);
            MerchantApp app = directory.createApp(merchant.id(), "rl_" + suffix, Secret.of("k"), null, Set.of(SignType.MD5));
            JdbcAppRateLimitOverrides overrides = new JdbcAppRateLimitOverrides(jdbc, java.time.Clock.systemUTC());
            assertThat(overrides.find(app.id())).isEmpty();

            overrides.put(app.id(), new RateLimit(600, java.time.Duration.ofMinutes(1)));
            assertThat(overrides.find(app.id())).contains(new RateLimit(600, java.time.Duration.ofMinutes(1)));
            overrides.put(app.id(), new RateLimit(1_000_000_000, java.time.Duration.ofDays(1)));
            assertThat(overrides.find(app.id())).contains(new RateLimit(1_000_000_000, java.time.Duration.ofDays(1)));

            assertThat(overrides.remove(app.id())).isTrue();
            assertThat(overrides.remove(app.id())).isFalse();
            assertThat(overrides.find(app.id())).isEmpty();
        }

        private static void assertConflict(Runnable action) {
            assertThatThrownBy(action::run)
                    .isInstanceOfSatisfying(PayerIdException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
        }
    }

    /** Connects, or skips the database's tests (fails them under CI=true) when it is not reachable. */
    static Connection connect(String name, String url, String user, String password) throws SQLException {
        try {
            return DriverManager.getConnection(url, user, password);
        } catch (SQLException e) {
            String message = name + " is not reachable at " + url + " as " + user + ": " + e.getMessage();
            if (CI) {
                fail(message + " (CI=true: every database must be tested)", e);
            }
            throw new Unreachable(message, e);
        }
    }

    static final class Unreachable extends SQLException {

        Unreachable(String message, SQLException cause) {
            super(message, cause);
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Column labels come back upper-case from H2 and lower-case elsewhere. */
    static Object value(Map<String, Object> row, String column) {
        return row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(column)).findFirst()
                .map(Map.Entry::getValue).orElseThrow();
    }

    static String rsaPublicKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return Base64.getEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded());
    }
}
