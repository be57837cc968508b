package io.payerid.server.dialect.wxcompat;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the WeChat-compatible endpoints ({@code payerid.dialects.wxcompat.*}); the path prefix
 * ({@code path-prefix}, default empty: WeChat's own paths) is read by the request mappings themselves.
 *
 * @param tokenLifetime   life of an access token the gateway issues (WeChat: 7200 s)
 * @param rotationOverlap how long a replaced token keeps working (WeChat: 5 minutes)
 * @param bothOrderForms  what a getpaidunionid call naming both order forms gets
 */
@ConfigurationProperties("payerid.dialects.wxcompat")
public record WxCompatProperties(
        @DefaultValue("2h") Duration tokenLifetime,
        @DefaultValue("5m") Duration rotationOverlap,
        @DefaultValue("prefer-transaction-id") BothOrderForms bothOrderForms) {

    public WxCompatProperties {
        if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
            throw new IllegalArgumentException("payerid.dialects.wxcompat.token-lifetime must be positive");
        }
        if (rotationOverlap.isNegative()) {
            throw new IllegalArgumentException("payerid.dialects.wxcompat.rotation-overlap must not be negative");
        }
    }
}
