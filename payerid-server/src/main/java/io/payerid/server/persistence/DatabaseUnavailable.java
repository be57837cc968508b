package io.payerid.server.persistence;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

/**
 * Which JDBC failures mean "the database is not there" rather than "this statement is wrong": no pooled
 * connection within the pool's timeout, a dropped or timed-out connection (SQLState class 08, the
 * driver's connection exceptions, a network timeout). Those become {@code DATABASE_UNAVAILABLE} (503), so
 * every dialect answers them in its own shape instead of a 500.
 */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    static boolean isConnectionFailure(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof SQLTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /** The error for a connection failure; empty for any other SQL failure. */
    static Optional<PayerIdException> of(SQLException e) {
        return isConnectionFailure(e) ? Optional.of(error(e)) : Optional.empty();
    }

    /** The detail names no host, user or SQL: the driver's message can carry them. */
    static PayerIdException error(Throwable cause) {
        return new PayerIdException(ErrorCode.DATABASE_UNAVAILABLE, "the database could not be reached", cause);
    }
}
