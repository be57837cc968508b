package io.payerid.server.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Readiness follows the database (contributor {@code db}, in the readiness group of application.yml). Replaces
 * Spring Boot's DataSourceHealthIndicator, which checks with {@code Connection.isValid(0)}: no timeout, so a
 * database that stops answering (a paused MariaDB) hangs the probe for good. Here a check waits at most the
 * pool's connection timeout for a connection and {@link #VALID_TIMEOUT_SECONDS} for its answer.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseHealthConfiguration {

    static final int VALID_TIMEOUT_SECONDS = 2;

    /** Named so Boot's own {@code db} indicator backs off. */
    @Bean
    HealthIndicator dbHealthIndicator(DataSource dataSource) {
        return () -> check(dataSource);
    }

    /** Down says only the failure's type: driver messages can name hosts and users. */
    static Health check(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALID_TIMEOUT_SECONDS) ? Health.up().build()
                    : Health.down().withDetail("error", "connection not valid").build();
        } catch (SQLException | RuntimeException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
