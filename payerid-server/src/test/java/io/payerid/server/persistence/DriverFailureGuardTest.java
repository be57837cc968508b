package io.payerid.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * {@link DriverFailureGuard} over a hand-made driver whose result set fails the way a real driver does on
 * unreadable bytes (the real drivers are driven into it by {@code DatabaseFaultTest}).
 */
class DriverFailureGuardTest {

    private final List<Connection> evicted = new ArrayList<>();

    @Test
    void nextWhenDriverThrowsRuntimeExceptionThenConnectionFailureAndEvicted() throws SQLException {
        Connection pooled = driver(() -> new NegativeArraySizeException("-16"));
        Connection guarded = DriverFailureGuard.guard(pooled, evicted::add);

        ResultSet rows = guarded.prepareStatement("select 1").executeQuery();

        assertThatThrownBy(rows::next).isInstanceOf(SQLNonTransientConnectionException.class)
                .hasMessage("the database driver could not read the server's answer (NegativeArraySizeException)")
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("08006"))
                .hasNoCause();
        assertThat(evicted).containsExactly(pooled);
        assertThat(DatabaseUnavailable.isConnectionFailure(new SQLNonTransientConnectionException("x", "08006"))).isTrue();
    }

    @Test
    void nextWhenDriverFailsAnAssertionThenConnectionFailure() throws SQLException {
        Connection guarded = DriverFailureGuard.guard(driver(AssertionError::new), evicted::add);

        assertThatThrownBy(() -> guarded.prepareStatement("select 1").executeQuery().next())
                .isInstanceOf(SQLNonTransientConnectionException.class);
        assertThat(evicted).hasSize(1);
    }

    @Test
    void nextWhenDriverThrowsSqlExceptionThenUnchangedAndKept() throws SQLException {
        SQLException constraint = new SQLException("duplicate key", "23505");
        Connection guarded = DriverFailureGuard.guard(driver(() -> constraint), evicted::add);

        assertThatThrownBy(() -> guarded.prepareStatement("select 1").executeQuery().next()).isSameAs(constraint);
        assertThat(evicted).isEmpty();
    }

    @Test
    void nextWhenOutOfMemoryThenUnchanged() throws SQLException {
        OutOfMemoryError full = new OutOfMemoryError("Java heap space");
        Connection guarded = DriverFailureGuard.guard(driver(() -> full), evicted::add);

        assertThatThrownBy(() -> guarded.prepareStatement("select 1").executeQuery().next()).isSameAs(full);
        assertThat(evicted).isEmpty();
    }

    @Test
    void getConnectionWhenAskedFromStatementThenTheGuardedConnection() throws SQLException {
        Connection guarded = DriverFailureGuard.guard(driver(AssertionError::new), evicted::add);

        PreparedStatement statement = guarded.prepareStatement("select 1");

        assertThat(statement.getConnection()).isSameAs(guarded);
    }

    /** A connection whose statements' result sets throw {@code failure} from {@code next()}. */
    private static Connection driver(Supplier<Throwable> failure) {
        Connection[] self = new Connection[1];
        ResultSet rows = fake(ResultSet.class, (name) -> {
            if (name.equals("next")) {
                throw failure.get();
            }
            return null;
        });
        PreparedStatement statement = fake(PreparedStatement.class, name -> switch (name) {
            case "executeQuery" -> rows;
            case "getConnection" -> self[0];
            default -> null;
        });
        self[0] = fake(Connection.class, name -> name.equals("prepareStatement") ? statement : null);
        return self[0];
    }

    interface Answer {
        Object to(String method) throws Throwable;
    }

    private static <T> T fake(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("equals") ? proxy == args[0]
                        : method.getName().equals("hashCode") ? System.identityHashCode(proxy) : type.getSimpleName();
            }
            return answer.to(method.getName());
        }));
    }
}
