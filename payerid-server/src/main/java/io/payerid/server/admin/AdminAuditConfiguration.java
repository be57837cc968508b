package io.payerid.server.admin;

import io.payerid.console.audit.AuditLog;
import io.payerid.core.tenant.TenantDirectory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers {@link AdminAuditFilter} on the admin API, inside the operator-token check. */
@Configuration(proxyBeanMethods = false)
class AdminAuditConfiguration {

    @Bean
    FilterRegistrationBean<AdminAuditFilter> adminAuditFilter(AuditLog auditLog, TenantDirectory directory) {
        FilterRegistrationBean<AdminAuditFilter> registration =
                new FilterRegistrationBean<>(new AdminAuditFilter(auditLog, directory));
        registration.addUrlPatterns("/admin/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 60);
        return registration;
    }
}
