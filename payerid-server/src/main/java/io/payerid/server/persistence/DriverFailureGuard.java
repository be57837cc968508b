package io.payerid.server.persistence;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.Statement;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a driver's own breakage inside JDBC's contract. A driver that reads bytes which are no answer of its
 * database (a wrong service on the port, a corrupted stream) does not always throw {@link SQLException}: pgjdbc
 * fails an internal assertion, a length field read from garbage can give a {@code NegativeArraySizeException}
 * or an index out of bounds. Spring translates only {@code SQLException}, so such a failure became a 500, and
 * the connection, its stream now out of step, went back to the pool for the next caller.
 * <p>
 * Every connection the pool hands out, and every statement, result set and metadata object reached from it,
 * is a proxy: a failure from the driver that is neither an {@code SQLException} nor a
 * {@link VirtualMachineError} (a real out-of-memory stays what it is) becomes an {@link SQLNonTransientConnectionException}
 * with SQLState 08006 (connection failure), which {@link DatabaseUnavailable} reports as
 * {@code DATABASE_UNAVAILABLE}, and the connection is evicted from the pool instead of being reused. The
 * driver's message is not carried over: it can quote the bytes or the SQL it was reading.
 */
final class DriverFailureGuard implements InvocationHandler {

    private static final Logger log = LoggerFactory.getLogger(DriverFailureGuard.class);

    /** The JDBC types a call can hand back that talk to the driver in turn. */
    private static final Set<Class<?>> GUARDED = Set.of(Connection.class, Statement.class, PreparedStatement.class,
            CallableStatement.class, ResultSet.class, DatabaseMetaData.class);

    private final Object target;
    private final Connection pooled;
    private final Consumer<Connection> evict;
    private Connection guardedConnection;

    private DriverFailureGuard(Object target, Connection pooled, Consumer<Connection> evict) {
        this.target = target;
        this.pooled = pooled;
        this.evict = evict;
    }

    /** {@code pooled} behind the guard; {@code evict} removes it from its pool when the driver broke. */
    static Connection guard(Connection pooled, Consumer<Connection> evict) {
        DriverFailureGuard handler = new DriverFailureGuard(pooled, pooled, evict);
        Connection connection = proxy(Connection.class, handler);
        handler.guardedConnection = connection;
        return connection;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> getClass().getSimpleName() + "[" + target + "]";
            };
        }
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw translated(e.getCause(), method);
        }
        return guarded(result, method.getReturnType());
    }

    private Throwable translated(Throwable failure, Method method) {
        if (failure instanceof SQLException || failure instanceof VirtualMachineError) {
            return failure;
        }
        log.warn("The database driver failed in {}.{} ({}): evicting the connection", method.getDeclaringClass().getSimpleName(),
                method.getName(), failure.getClass().getSimpleName());
        try {
            evict.accept(pooled);
        } catch (RuntimeException evictionFailed) {
            log.warn("Could not evict the broken connection ({})", evictionFailed.getClass().getSimpleName());
        }
        return new SQLNonTransientConnectionException(
                "the database driver could not read the server's answer (" + failure.getClass().getSimpleName() + ")",
                "08006");
    }

    private Object guarded(Object result, Class<?> returnType) {
        if (result == null || !GUARDED.contains(returnType)) {
            return result;
        }
        if (returnType == Connection.class) {
            return guardedConnection != null ? guardedConnection : result;
        }
        return proxy(returnType, new DriverFailureGuard(result, pooled, evict).sharing(guardedConnection));
    }

    private DriverFailureGuard sharing(Connection connection) {
        this.guardedConnection = connection;
        return this;
    }

    private static <T> T proxy(Class<T> type, DriverFailureGuard handler) {
        return type.cast(Proxy.newProxyInstance(DriverFailureGuard.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
