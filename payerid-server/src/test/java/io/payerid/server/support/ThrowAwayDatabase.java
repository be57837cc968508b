package io.payerid.server.support;

import io.payerid.server.persistence.Ids;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A migrated, throw-away database on one of the supported engines: an in-memory H2, a fresh PostgreSQL
 * schema or a fresh MariaDB database. PostgreSQL and MariaDB are skipped (reported as such) when
 * unreachable, unless {@code CI=true}, where they must be there. Connection settings as in
 * {@code MigrationAndRepositoryTest}: {@code PAYERID_TEST_PG_URL/USER/PASSWORD},
 * {@code PAYERID_TEST_MARIADB_URL/USER/PASSWORD}.
 */
public final class ThrowAwayDatabase implements AutoCloseable {

    public enum Engine { H2, POSTGRESQL, MARIADB }

    private static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));

    private final DataSource dataSource;
    private final AutoCloseableSql drop;

    private ThrowAwayDatabase(DataSource dataSource, AutoCloseableSql drop) {
        this.dataSource = dataSource;
        this.drop = drop;
    }

    /** Creates and migrates the database; skips the calling test when the engine is not reachable locally. */
    public static ThrowAwayDatabase migrated(Engine engine) throws SQLException {
        String name = "payerid_test_" + Ids.randomBase32(10);
        ThrowAwayDatabase database = switch (engine) {
            case H2 -> h2(name);
            case POSTGRESQL -> postgres(name);
            case MARIADB -> mariaDb(name);
        };
        Flyway.configure().dataSource(database.dataSource).locations("classpath:db/migration").load().migrate();
        return database;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() throws SQLException {
        drop.run();
    }

    private static ThrowAwayDatabase h2(String name) {
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        return new ThrowAwayDatabase(new DriverManagerDataSource(url, "sa", ""), () -> execute(url, "sa", "", "SHUTDOWN"));
    }

    private static ThrowAwayDatabase postgres(String schema) throws SQLException {
        String url = env("PAYERID_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = env("PAYERID_TEST_PG_USER", "postgres");
        String password = env("PAYERID_TEST_PG_PASSWORD", "");
        reachable("PostgreSQL", url, user, password);
        execute(url, user, password, "CREATE SCHEMA " + schema);
        String separator = url.contains("?") ? "&" : "?";
        return new ThrowAwayDatabase(new DriverManagerDataSource(url + separator + "currentSchema=" + schema, user, password),
                () -> execute(url, user, password, "DROP SCHEMA IF EXISTS " + schema + " CASCADE"));
    }

    private static ThrowAwayDatabase mariaDb(String database) throws SQLException {
        String url = env("PAYERID_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/");
        String user = env("PAYERID_TEST_MARIADB_USER", "root");
        String password = env("PAYERID_TEST_MARIADB_PASSWORD", "");
        reachable("MariaDB", url, user, password);
        execute(url, user, password, "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        String databaseUrl = (url.endsWith("/") ? url : url + "/") + database;
        return new ThrowAwayDatabase(new DriverManagerDataSource(databaseUrl, user, password),
                () -> execute(url, user, password, "DROP DATABASE IF EXISTS " + database));
    }

    private static void reachable(String engine, String url, String user, String password) {
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            // reachable
        } catch (SQLException e) {
            String message = engine + " is not reachable at " + url + " as " + user + ": " + e.getMessage();
            if (CI) {
                Assertions.fail(message + " (CI=true: every database must be tested)", e);
            }
            Assumptions.abort(message);
        }
    }

    private static void execute(String url, String user, String password, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @FunctionalInterface
    private interface AutoCloseableSql {
        void run() throws SQLException;
    }
}
