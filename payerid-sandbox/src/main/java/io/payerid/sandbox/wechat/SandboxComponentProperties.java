package io.payerid.sandbox.wechat;

import io.payerid.sandbox.support.PropertyChecks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The third-party platform part of the WeChat sandbox, {@code payerid.sandbox.wechat.component.*}:
 * <pre>
 * payerid.sandbox.wechat.component.ticket-interval=10m   (0 = push only on demand)
 * payerid.sandbox.wechat.component.ticket-ttl=12h
 * payerid.sandbox.wechat.component.token-ttl=7200s
 * payerid.sandbox.wechat.component.pre-auth-code-ttl=1800s
 * payerid.sandbox.wechat.component.auth-code-ttl=600s
 * payerid.sandbox.wechat.component.platforms[0].appid=wxcomponent0001 (secret, token, encoding-aes-key, push-url)
 * </pre>
 * WeChat's numbers (10-minute pushes, 12-hour tickets, 2-hour tokens) are documented but not guaranteed: all are settings.
 */
@ConfigurationProperties(prefix = "payerid.sandbox.wechat.component")
public class SandboxComponentProperties {

    private Duration ticketInterval = Duration.ofMinutes(10);
    private Duration ticketTtl = Duration.ofHours(12);
    private Duration tokenTtl = Duration.ofSeconds(7200);
    private Duration preAuthCodeTtl = Duration.ofSeconds(1800);
    private Duration authCodeTtl = Duration.ofSeconds(600);
    private List<SandboxComponent> platforms = new ArrayList<>();

    public Duration getTicketInterval() {
        return ticketInterval;
    }

    public void setTicketInterval(Duration ticketInterval) {
        if (ticketInterval == null || ticketInterval.isNegative()) {
            throw new IllegalArgumentException("payerid.sandbox.wechat.component.ticket-interval must not be negative");
        }
        this.ticketInterval = ticketInterval;
    }

    public Duration getTicketTtl() {
        return ticketTtl;
    }

    public void setTicketTtl(Duration ticketTtl) {
        this.ticketTtl = PropertyChecks.positive("payerid.sandbox.wechat.component.ticket-ttl", ticketTtl);
    }

    public Duration getTokenTtl() {
        return tokenTtl;
    }

    public void setTokenTtl(Duration tokenTtl) {
        this.tokenTtl = PropertyChecks.positive("payerid.sandbox.wechat.component.token-ttl", tokenTtl);
    }

    public Duration getPreAuthCodeTtl() {
        return preAuthCodeTtl;
    }

    public void setPreAuthCodeTtl(Duration preAuthCodeTtl) {
        this.preAuthCodeTtl = PropertyChecks.positive("payerid.sandbox.wechat.component.pre-auth-code-ttl", preAuthCodeTtl);
    }

    public Duration getAuthCodeTtl() {
        return authCodeTtl;
    }

    public void setAuthCodeTtl(Duration authCodeTtl) {
        this.authCodeTtl = PropertyChecks.positive("payerid.sandbox.wechat.component.auth-code-ttl", authCodeTtl);
    }

    public List<SandboxComponent> getPlatforms() {
        return platforms;
    }

    public void setPlatforms(List<SandboxComponent> platforms) {
        this.platforms = PropertyChecks.orEmpty(platforms);
    }
}
