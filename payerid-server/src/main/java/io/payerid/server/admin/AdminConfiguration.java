package io.payerid.server.admin;

import io.payerid.console.token.ApiTokens;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.server.config.EmbeddedSecrets;
import io.payerid.server.config.PayerIdProperties;
import io.payerid.server.qr.QrEntries;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import java.nio.file.Path;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The operator token and the filter that demands it on {@code /admin/**} and on everything that tells an
 * outsider about the deployment: actuator endpoints (metrics, info, prometheus…), the OpenAPI document and
 * Swagger UI. Load balancers and orchestrators keep the health probes without a token.
 */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = AdminConfiguration.SECURITY_SCHEME, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "The operator token (payerid.operator-token, or data-dir/operator-token in embedded mode) or an"
                + " account API token (pid_..., created in the console, scoped to its role)")
public class AdminConfiguration {

    public static final String SECURITY_SCHEME = "operatorToken";

    /** Health for load balancers and orchestrators (liveness, readiness); status only, no details. */
    static final Set<String> PUBLIC_PATHS = Set.of("/actuator/health", "/actuator/health/liveness",
            "/actuator/health/readiness");

    private static final Logger log = LoggerFactory.getLogger(AdminConfiguration.class);

    @Bean
    OperatorToken operatorToken(PayerIdProperties properties) {
        String configured = properties.operatorToken();
        if (configured != null && !configured.isBlank()) {
            return new OperatorToken(configured.trim());
        }
        Path file = properties.dataDir().resolve("operator-token");
        String token = EmbeddedSecrets.readOrCreate(file, () -> EmbeddedSecrets.randomToken(24));
        log.info("Admin API operator token (embedded mode) is in {}", file.toAbsolutePath());
        return new OperatorToken(token);
    }

    @Bean
    FilterRegistrationBean<OperatorAuthFilter> operatorAuthFilter(OperatorToken operatorToken, ApiTokens accountTokens,
                                                                  TenantDirectory directory, QrEntries qrEntries) {
        FilterRegistrationBean<OperatorAuthFilter> registration = new FilterRegistrationBean<>(new OperatorAuthFilter(
                operatorToken, accountTokens, new AdminTokenScope(directory, qrEntries), PUBLIC_PATHS));
        registration.addUrlPatterns("/admin/*", "/actuator", "/actuator/*", "/v3/api-docs", "/v3/api-docs/*",
                "/v3/api-docs.yaml", "/swagger-ui.html", "/swagger-ui/*");
        registration.setName("operatorAuthFilter");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
        return registration;
    }
}
