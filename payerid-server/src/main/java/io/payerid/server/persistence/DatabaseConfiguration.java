package io.payerid.server.persistence;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * Fast failure on an unreachable database: the pool's connection timeout is {@code application.yml}'s
 * {@code spring.datasource.hikari.connection-timeout}; here the pool is wrapped in a {@link FailFastDataSource}
 * and the template and transaction manager report connection failures as {@code DATABASE_UNAVAILABLE}.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    @Bean
    static BeanPostProcessor failFastDataSourceWrapper(ObjectProvider<DatabaseProperties> properties) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource pool && !(bean instanceof FailFastDataSource)) {
                    return new FailFastDataSource(pool, properties.getObject().networkTimeout());
                }
                return bean;
            }
        };
    }

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
        return new DatabaseFailureJdbcTemplate(dataSource);
    }

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new DatabaseFailureTransactionManager(dataSource);
    }
}
