package io.payerid.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payerid.console.account.ConsoleAccount;
import io.payerid.console.account.ConsoleAccounts;
import io.payerid.console.account.ConsoleRole;
import io.payerid.console.account.PasswordHasher;
import io.payerid.console.audit.AuditEvent;
import io.payerid.console.audit.AuditLog;
import io.payerid.core.crypto.KeyRing;
import io.payerid.core.crypto.SecretCipher;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.Merchant;
import io.payerid.server.config.EmbeddedSecrets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
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
 * The console's tables (V10) on PostgreSQL and MariaDB (H2 runs them in every gateway test): accounts and the
 * audit log's search, whose paging and optional merchant filter are the SQL most likely to differ between them.
 * Skipped when a database is unreachable, unless {@code CI=true}.
 */
class ConsoleTablesTest {

    @Nested
    class PostgreSql extends Contract {

        private final String baseUrl = MigrationAndRepositoryTest.env("PAYERID_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        private final String user = MigrationAndRepositoryTest.env("PAYERID_TEST_PG_USER", "postgres");
        private final String password = MigrationAndRepositoryTest.env("PAYERID_TEST_PG_PASSWORD", "");
        private final String schema = "payerid_console_" + Ids.randomBase32(10);

        @Override
        DataSource open() throws SQLException {
            run(MigrationAndRepositoryTest.connect("PostgreSQL", baseUrl, user, password), "CREATE SCHEMA " + schema);
            return new DriverManagerDataSource(baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    user, password);
        }

        @Override
        void close() throws SQLException {
            run(MigrationAndRepositoryTest.connect("PostgreSQL", baseUrl, user, password),
                    "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Nested
    class MariaDb extends Contract {

        private final String baseUrl = MigrationAndRepositoryTest.env("PAYERID_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/");
        private final String user = MigrationAndRepositoryTest.env("PAYERID_TEST_MARIADB_USER", "root");
        private final String password = MigrationAndRepositoryTest.env("PAYERID_TEST_MARIADB_PASSWORD", "");
        private final String database = "payerid_console_" + Ids.randomBase32(10);

        @Override
        DataSource open() throws SQLException {
            run(MigrationAndRepositoryTest.connect("MariaDB", baseUrl, user, password),
                    "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return new DriverManagerDataSource((baseUrl.endsWith("/") ? baseUrl : baseUrl + "/") + database, user, password);
        }

        @Override
        void close() throws SQLException {
            run(MigrationAndRepositoryTest.connect("MariaDB", baseUrl, user, password), "DROP DATABASE IF EXISTS " + database);
        }
    }

    private static void run(Connection connection, String sql) throws SQLException {
        try (connection; Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Contract {

        private String skipReason;
        private boolean opened;
        private ConsoleAccounts accounts;
        private AuditLog audit;
        private Merchant merchant;

        abstract DataSource open() throws SQLException;

        abstract void close() throws SQLException;

        @BeforeAll
        void setUp() throws SQLException {
            DataSource dataSource;
            try {
                dataSource = open();
            } catch (MigrationAndRepositoryTest.Unreachable e) {
                skipReason = e.getMessage();
                return;
            }
            opened = true;
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            accounts = new ConsoleAccounts(jdbc, new PasswordHasher(1000), Clock.systemUTC());
            audit = new AuditLog(jdbc, Clock.systemUTC());
            JdbcTenantDirectory tenants = new JdbcTenantDirectory(jdbc,
                    new SecretCipher(KeyRing.single("k1", EmbeddedSecrets.randomBase64(32))), JsonMapper.builder().build());
            Institution institution = tenants.createInstitution("ISV_CONSOLE", "机构", null);
            merchant = tenants.createMerchant(institution.id(), "MCH_CONSOLE", "商户", true);
        }

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

        @Test
        void accountsWhenCreatedThenAuthenticateAndNamesAreUnique() {
            ConsoleAccount user = accounts.create("shop-user", "shop-password-1", ConsoleRole.MERCHANT_USER, merchant.id());

            assertThat(accounts.authenticate("shop-user", "shop-password-1")).contains(user);
            assertThat(accounts.authenticate("shop-user", "wrong")).isEmpty();
            assertThatThrownBy(() -> accounts.create("shop-user", "x-password-2", ConsoleRole.AUDITOR, null))
                    .isInstanceOf(PayerIdException.class).hasMessageContaining("taken");
            accounts.setEnabled(user.id(), false);
            assertThat(accounts.authenticate("shop-user", "shop-password-1")).isEmpty();
        }

        @Test
        void auditSearchWhenFilteredAndPagedThenNewestFirst() throws InterruptedException {
            for (int i = 0; i < 3; i++) {
                audit.record("admin", "192.0.2.1", "whitelist.add", "MCH_CONSOLE", merchant.id(), "url=https://s" + i + ".example/");
                Thread.sleep(2);
            }
            audit.record("admin", "192.0.2.1", "institution.create", "ISV_100%_OFF", null, "name=x");

            List<AuditEvent> ofMerchant = audit.search("", merchant.id(), 0, 10);
            List<AuditEvent> secondPage = audit.search("whitelist", null, 1, 1);
            List<AuditEvent> percent = audit.search("100%", null, 0, 10);

            assertThat(ofMerchant).extracting(AuditEvent::detail)
                    .containsExactly("url=https://s2.example/", "url=https://s1.example/", "url=https://s0.example/");
            assertThat(secondPage).extracting(AuditEvent::detail).containsExactly("url=https://s1.example/");
            assertThat(percent).extracting(AuditEvent::target).containsExactly("ISV_100%_OFF");
            assertThat(audit.search("100%", merchant.id(), 0, 10)).isEmpty();
        }
    }
}
