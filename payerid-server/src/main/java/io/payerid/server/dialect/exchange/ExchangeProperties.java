package io.payerid.server.dialect.exchange;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Seed 004's knobs ({@code payerid.dialects.exchange.*}), for the points where the seed is silent or
 * contradicts itself. See docs/compat/004-exchange-alipay-auth.md.
 *
 * @param successStatus         {@code status} of a successful answer: the vendor's status table says 0, the
 *                              seed's response example shows 420
 * @param successStatusOverrides per businessId (the app's appId), for merchants whose code expects another value
 * @param requestWindow         how far the {@code timestamp} header may be from server time (status 5)
 * @param linkValidity          how long an {@code alipayAuthUrl} can be opened after it was issued
 */
@ConfigurationProperties("payerid.dialects.exchange")
public record ExchangeProperties(
        @DefaultValue("0") int successStatus,
        Map<String, Integer> successStatusOverrides,
        @DefaultValue("5m") Duration requestWindow,
        @DefaultValue("24h") Duration linkValidity) {

    public ExchangeProperties {
        successStatusOverrides = successStatusOverrides == null ? Map.of() : Map.copyOf(successStatusOverrides);
    }

    public int successStatusFor(String businessId) {
        return successStatusOverrides.getOrDefault(businessId, successStatus);
    }
}
