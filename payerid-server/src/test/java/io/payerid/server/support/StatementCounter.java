package io.payerid.server.support;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the gateway runs while it serves requests: the DataSource hands out connections
 * whose statements are recorded, and a filter marks the threads serving a request (not the sandbox's, not
 * background work such as the outbox poller). {@link #during} gives the statements one piece of test code caused.
 */
public final class StatementCounter {

    /** The tables of the tenant configuration (what the tenant cache must keep off the hot path). */
    public static final List<String> CONFIGURATION_TABLES = List.of("institution", "merchant", "merchant_app",
            "channel_config", "redirect_whitelist", "app_rate_limit");

    private static final ThreadLocal<Boolean> SERVING = new ThreadLocal<>();
    private static final Queue<String> RECORDED = new ConcurrentLinkedQueue<>();
    private static volatile boolean recording;

    private StatementCounter() {
    }

    /** The statements requests ran while {@code action} ran (the action waits for its answers). */
    public static synchronized <T> Recorded<T> during(Supplier<T> action) {
        RECORDED.clear();
        recording = true;
        try {
            T result = action.get();
            return new Recorded<>(result, List.copyOf(RECORDED));
        } finally {
            recording = false;
        }
    }

    /** What an action answered and the statements it caused. */
    public record Recorded<T>(T result, List<String> statements) {

        /** The statements that read or wrote a tenant configuration table. */
        public List<String> configurationStatements() {
            return statements.stream().filter(StatementCounter::touchesConfiguration).toList();
        }
    }

    static boolean touchesConfiguration(String sql) {
        String lower = sql.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return CONFIGURATION_TABLES.stream().anyMatch(table -> lower.contains(" from " + table + " ")
                || lower.endsWith(" from " + table) || lower.contains(" join " + table + " ")
                || lower.contains("into " + table + " ") || lower.contains("update " + table + " "));
    }

    private static void record(String sql) {
        if (recording && Boolean.TRUE.equals(SERVING.get())) {
            RECORDED.add(sql);
        }
    }

    /** Import into a gateway test context to count its statements. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Wiring {

        @Bean
        static BeanPostProcessor statementCountingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource pool && !(bean instanceof CountingDataSource)
                            ? new CountingDataSource(pool) : bean;
                }
            };
        }

        @Bean
        FilterRegistrationBean<Filter> requestThreadMarker() {
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
                boolean sandbox = request instanceof HttpServletRequest http && http.getRequestURI().startsWith("/sandbox/");
                Boolean outer = SERVING.get();
                SERVING.set(!sandbox);
                try {
                    chain.doFilter(request, response);
                } finally {
                    SERVING.set(outer);
                }
            });
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    private static final class CountingDataSource extends DelegatingDataSource implements AutoCloseable {

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }

        @Override
        public void close() throws Exception {
            if (obtainTargetDataSource() instanceof AutoCloseable pool) {
                pool.close();
            }
        }

        private static Connection counting(Connection connection) {
            return proxy(Connection.class, connection, (method, args) -> {
                if ((method.getName().equals("prepareStatement") || method.getName().equals("prepareCall"))
                        && args != null && args[0] instanceof String sql) {
                    record(sql);
                }
                return null;
            }, result -> result instanceof Statement statement && !(result instanceof java.sql.PreparedStatement)
                    ? proxy(Statement.class, statement, (method, args) -> {
                        if (method.getName().startsWith("execute") && args != null && args.length > 0
                                && args[0] instanceof String sql) {
                            record(sql);
                        }
                        return null;
                    }, r -> r)
                    : result);
        }

        private interface Observer {
            Object seen(Method method, Object[] args);
        }

        @SuppressWarnings("unchecked")
        private static <T> T proxy(Class<T> type, T target, Observer observer, java.util.function.UnaryOperator<Object> wrap) {
            InvocationHandler handler = (self, method, args) -> {
                if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                    return invoke(method, target, args);
                }
                observer.seen(method, args);
                return wrap.apply(invoke(method, target, args));
            };
            return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
        }

        private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
