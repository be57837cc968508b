package io.payerid.server.dialect.exchange;

import io.payerid.core.redirect.RedirectWhitelist;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.TenantDirectory;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Turns an authenticated request into a stored one: the body must name the same business and that
 * business's merchant, the callback must go to a host the operator whitelisted for the merchant (so the
 * gateway never POSTs to arbitrary hosts), and Alipay must be configured — all refused now, not when the
 * payer opens the link.
 */
@Component
public class ExchangeAuthRequestIssuer {

    private final TenantDirectory tenants;
    private final ExchangeAuthRequests requests;
    private final ExchangeProperties properties;
    private final Clock clock;

    public ExchangeAuthRequestIssuer(TenantDirectory tenants, ExchangeAuthRequests requests,
                                     ExchangeProperties properties, Clock clock) {
        this.tenants = tenants;
        this.requests = requests;
        this.properties = properties;
        this.clock = clock;
    }

    public ExchangeAuthRequest issue(ExchangeCaller caller, ExchangeAuthUrlRequest body) {
        MerchantApp app = caller.app();
        if (!app.appId().equals(body.businessId())) {
            throw new ExchangeRefusal(ExchangeStatus.DATA_ERROR, "businessId in the body differs from the businessId header");
        }
        Merchant merchant = tenants.merchantById(app.merchantId())
                .filter(m -> m.mchNo().equals(body.merchantId()))
                .orElseThrow(() -> new ExchangeRefusal(ExchangeStatus.NOT_FOUND,
                        "merchantId " + body.merchantId() + " is not the merchant of this businessId"));
        if (!merchant.enabled()) {
            throw new ExchangeRefusal(ExchangeStatus.FAIL, "merchant " + merchant.mchNo() + " is disabled");
        }
        if (!app.enabled()) {
            throw new ExchangeRefusal(ExchangeStatus.FAIL, "app " + app.appId() + " is disabled");
        }
        checkCallbackUrl(merchant, body.callbackUrl());
        if (tenants.effectiveChannel(merchant, ChannelKind.ALIPAY).isEmpty()) {
            throw new ExchangeRefusal(ExchangeStatus.FAIL, "Alipay is not configured for merchant " + merchant.mchNo());
        }
        long expiresAt = clock.millis() + properties.linkValidity().toMillis();
        return requests.create(app.appId(), merchant.id(), body.serialNo(), body.userId(), body.callbackUrl(),
                caller.signType(), expiresAt);
    }

    /** Absolute http(s) and inside the merchant's redirect whitelist, by the same strict rules as redirects. */
    private void checkCallbackUrl(Merchant merchant, String callbackUrl) {
        if (callbackUrl != null && !new RedirectWhitelist(tenants.whitelist(merchant.id())).allows(callbackUrl)) {
            throw new ExchangeRefusal(ExchangeStatus.DATA_ERROR,
                    "callbackUrl must be an absolute http(s) URL in the merchant's whitelist");
        }
    }
}
