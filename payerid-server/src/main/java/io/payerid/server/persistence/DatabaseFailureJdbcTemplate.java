package io.payerid.server.persistence;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application's {@link JdbcTemplate} (behind every {@code JdbcClient}): a statement that fails because
 * the connection died or timed out is {@code DATABASE_UNAVAILABLE}, thrown as the gateway's own error so
 * the flows and dialects that handle {@code PayerIdException} answer it; other SQL errors translate as usual.
 */
final class DatabaseFailureJdbcTemplate extends JdbcTemplate {

    DatabaseFailureJdbcTemplate(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected DataAccessException translateException(String task, String sql, SQLException ex) {
        DatabaseUnavailable.of(ex).ifPresent(unavailable -> {
            throw unavailable;
        });
        return super.translateException(task, sql, ex);
    }
}
