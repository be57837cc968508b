package io.payerid.server.persistence;

import io.payerid.core.error.PayerIdException;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;

/**
 * Transactions that cannot start or finish because the database is unreachable fail with
 * {@code DATABASE_UNAVAILABLE}, like plain statements, instead of Spring's generic wrappers (a 500).
 */
final class DatabaseFailureTransactionManager extends JdbcTransactionManager {

    DatabaseFailureTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        try {
            super.doBegin(transaction, definition);
        } catch (CannotCreateTransactionException e) {
            if (e.getCause() instanceof PayerIdException unavailable) {
                throw unavailable;
            }
            if (e.getCause() instanceof SQLException sql && DatabaseUnavailable.isConnectionFailure(sql)) {
                throw DatabaseUnavailable.error(sql);
            }
            throw e;
        }
    }

    @Override
    protected RuntimeException translateException(String task, SQLException ex) {
        return DatabaseUnavailable.of(ex).<RuntimeException>map(unavailable -> unavailable)
                .orElseGet(() -> super.translateException(task, ex));
    }
}
