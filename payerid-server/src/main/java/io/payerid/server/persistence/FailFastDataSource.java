package io.payerid.server.persistence;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.concurrent.Executor;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Wraps the pool so a paused or unreachable database costs a payer seconds, not half a minute, and shows
 * as {@code DATABASE_UNAVAILABLE}: a connection the pool cannot hand out within its
 * {@code connection-timeout} is reported as such, and every connection handed out gets a network timeout,
 * so a statement on a connection whose server stopped answering fails instead of blocking forever (the
 * pool restores the setting when the connection returns). Every connection is handed out behind a
 * {@link DriverFailureGuard}, so a driver that breaks on garbage answers within JDBC's contract and its
 * connection leaves the pool. Closing it closes the pool, as closing the pool bean did before it was wrapped.
 */
final class FailFastDataSource extends DelegatingDataSource implements AutoCloseable {

    private static final Executor DIRECT = Runnable::run;

    private final int networkTimeoutMillis;

    FailFastDataSource(DataSource pool, Duration networkTimeout) {
        super(pool);
        this.networkTimeoutMillis = Math.toIntExact(networkTimeout.toMillis());
    }

    @Override
    public Connection getConnection() throws SQLException {
        return DriverFailureGuard.guard(withNetworkTimeout(acquire(null, null)), this::evict);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return DriverFailureGuard.guard(withNetworkTimeout(acquire(username, password)), this::evict);
    }

    @Override
    public void close() throws Exception {
        if (obtainTargetDataSource() instanceof AutoCloseable pool) {
            pool.close();
        }
    }

    /** Out of the pool for good: Hikari closes it and opens a fresh one; any other pool sees it aborted. */
    private void evict(Connection broken) {
        if (obtainTargetDataSource() instanceof HikariDataSource hikari) {
            hikari.evictConnection(broken);
            return;
        }
        try {
            broken.abort(DIRECT);
        } catch (SQLException e) {
            // it is broken already; the pool's validation will drop it
        }
    }

    private Connection acquire(String username, String password) {
        try {
            return username == null ? obtainTargetDataSource().getConnection()
                    : obtainTargetDataSource().getConnection(username, password);
        } catch (SQLException e) {
            throw DatabaseUnavailable.error(e);
        }
    }

    private Connection withNetworkTimeout(Connection connection) throws SQLException {
        try {
            connection.setNetworkTimeout(DIRECT, networkTimeoutMillis);
        } catch (SQLFeatureNotSupportedException | AbstractMethodError notSupported) {
            // An embedded database (H2) has no network to time out.
        }
        return connection;
    }
}
