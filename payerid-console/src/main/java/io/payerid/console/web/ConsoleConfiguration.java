package io.payerid.console.web;

import io.payerid.console.account.ConsoleAccounts;
import io.payerid.console.account.PasswordHasher;
import io.payerid.console.audit.AuditLog;
import io.payerid.console.audit.ConsoleChanges;
import io.payerid.console.login.LoginThrottle;
import io.payerid.console.session.ConsoleSessionFilter;
import io.payerid.console.session.SessionCookies;
import io.payerid.console.session.SessionPolicy;
import io.payerid.console.session.SessionSealer;
import io.payerid.console.port.ChannelProbes;
import io.payerid.console.tenant.ChannelTestDeadline;
import io.payerid.console.whitelist.WhitelistRequests;
import io.payerid.console.token.ApiTokens;
import io.payerid.console.totp.TotpEnrolments;
import io.payerid.core.crypto.KeyRing;
import io.payerid.core.crypto.SecretCipher;
import io.payerid.core.ratelimit.RateLimiter;
import io.payerid.core.tenant.TenantDirectory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The console's wiring. The application imports it and provides what the console needs from the gateway: the
 * tenant ports of the core, the master key ring, the shared rate limiter, a JdbcClient and a Clock, plus the two
 * console ports ({@link io.payerid.console.port.WhitelistTargets}, {@link io.payerid.console.port.QrEntryCatalog}).
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackages = {"io.payerid.console.tenant", "io.payerid.console.account", "io.payerid.console.audit",
        "io.payerid.console.login", "io.payerid.console.web", "io.payerid.console.whitelist",
        "io.payerid.console.token", "io.payerid.console.totp", "io.payerid.console.dashboard",
        "io.payerid.console.callback"})
public class ConsoleConfiguration implements WebMvcConfigurer {

    /** Before Spring MVC and after the gateway's edge filters (headers, operator token, which ignore /console). */
    public static final int SESSION_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ConsoleUserArgumentResolver());
    }

    @Bean
    PasswordHasher consolePasswordHasher(
            @Value("${payerid.console.password-iterations:" + PasswordHasher.DEFAULT_ITERATIONS + "}") int iterations) {
        return new PasswordHasher(iterations);
    }

    @Bean
    ConsoleAccounts consoleAccounts(JdbcClient jdbc, PasswordHasher consolePasswordHasher, Clock clock) {
        return new ConsoleAccounts(jdbc, consolePasswordHasher, clock);
    }

    @Bean
    ApiTokens consoleApiTokens(JdbcClient jdbc, ConsoleAccounts consoleAccounts, Clock clock) {
        return new ApiTokens(jdbc, consoleAccounts, clock);
    }

    @Bean
    TotpEnrolments consoleTotpEnrolments(JdbcClient jdbc, SecretCipher secretCipher, Clock clock) {
        return new TotpEnrolments(jdbc, secretCipher, clock);
    }

    @Bean
    AuditLog auditLog(JdbcClient jdbc, Clock clock) {
        return new AuditLog(jdbc, clock);
    }

    @Bean
    WhitelistRequests whitelistRequests(JdbcClient jdbc, Clock clock) {
        return new WhitelistRequests(jdbc, clock);
    }

    @Bean
    ConsoleChanges consoleChanges(AuditLog auditLog) {
        return new ConsoleChanges(auditLog);
    }

    @Bean
    ConsoleAccess consoleAccess(TenantDirectory directory) {
        return new ConsoleAccess(directory);
    }

    @Bean
    SessionPolicy consoleSessionPolicy(@Value("${payerid.console.idle-timeout:30m}") Duration idleTimeout,
                                       @Value("${payerid.console.session-max-age:12h}") Duration maxAge,
                                       @Value("${payerid.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        return new SessionPolicy(idleTimeout, maxAge, publicBaseUrl.startsWith("https:"));
    }

    @Bean
    SessionCookies consoleSessionCookies(KeyRing masterKeyRing, SessionPolicy consoleSessionPolicy) {
        return new SessionCookies(new SessionSealer(masterKeyRing),
                new SessionSealer(masterKeyRing, "payerid.console-totp-pending"), consoleSessionPolicy);
    }

    @Bean
    LoginThrottle consoleLoginThrottle(RateLimiter limiter) {
        return LoginThrottle.standard(limiter);
    }

    @Bean
    FilterRegistrationBean<ConsoleSessionFilter> consoleSessionFilter(SessionCookies cookies, SessionPolicy policy,
                                                                      ConsoleAccounts accounts, Clock clock) {
        FilterRegistrationBean<ConsoleSessionFilter> registration =
                new FilterRegistrationBean<>(new ConsoleSessionFilter(cookies, policy, accounts, clock));
        registration.addUrlPatterns("/console", "/console/*");
        registration.setOrder(SESSION_FILTER_ORDER);
        return registration;
    }

    @Bean
    ChannelTestDeadline consoleChannelTestDeadline(ChannelProbes probes,
            @Value("${payerid.console.channel-test-timeout:5s}") Duration timeout) {
        return new ChannelTestDeadline(probes, timeout);
    }

    @Bean
    LocaleResolver localeResolver() {
        return new ConsoleLocaleResolver();
    }

    /** zh-CN is the bundle without a suffix; English is messages_en. Only the console's pages use messages. */
    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("console/messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
