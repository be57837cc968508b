package io.payerid.server.dialect.exchange;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.flow.AuthorizationRequest;
import io.payerid.core.flow.PayerBrowser;
import io.payerid.core.flow.Scope;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.server.web.BrowserFlow;
import io.payerid.server.web.Redirects;
import io.payerid.server.oauth.BrowserBinding;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The {@code alipayAuthUrl} a request was answered with. Opened inside Alipay it starts the core flow
 * (ALIPAY, auth_base) towards the gateway's result page; the stored request has its own validity, so a
 * link opened long after it was issued starts a fresh flow. Failures show the zh-CN payer page.
 */
@Controller
@BrowserFlow
public class ExchangeAuthLinkController {

    private final ExchangeAuthRequests requests;
    private final TenantDirectory tenants;
    private final BrowserBinding binding;
    private final ExchangeLinks links;
    private final Clock clock;

    public ExchangeAuthLinkController(ExchangeAuthRequests requests, TenantDirectory tenants, BrowserBinding binding,
                                      ExchangeLinks links, Clock clock) {
        this.requests = requests;
        this.tenants = tenants;
        this.binding = binding;
        this.links = links;
        this.clock = clock;
    }

    @GetMapping(ExchangeLinks.LINK_PATH + "{token}")
    public ResponseEntity<?> open(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        ExchangeAuthRequest stored = requests.findByLinkToken(token)
                .orElseThrow(() -> new PayerIdException(ErrorCode.FLOW_STATE_INVALID, "unknown authorization link"));
        if (stored.status() == ExchangeAuthRequestStatus.AUTHORIZED) {
            return Redirects.found(links.resultPage(token));
        }
        if (clock.millis() > stored.expiresAt()) {
            throw new PayerIdException(ErrorCode.FLOW_EXPIRED, "authorization link expired");
        }
        if (PayerBrowser.of(request.getHeader("User-Agent")) != PayerBrowser.ALIPAY) {
            return ExchangePayerPages.openInAlipay(links.link(token));
        }
        return Redirects.found(binding.start(authorization(stored), response));
    }

    private AuthorizationRequest authorization(ExchangeAuthRequest stored) {
        MerchantApp app = tenants.appByAppId(stored.businessId())
                .orElseThrow(() -> new PayerIdException(ErrorCode.APP_NOT_FOUND, "the business no longer exists"));
        Merchant merchant = tenants.merchantById(stored.merchantId())
                .orElseThrow(() -> new PayerIdException(ErrorCode.MERCHANT_NOT_FOUND, "the merchant no longer exists"));
        return new AuthorizationRequest(merchant, app, ChannelKind.ALIPAY, ExchangeResponder.DIALECT,
                links.resultPage(stored.linkToken()), Scope.BASE, null,
                Map.of(ExchangeResponder.REQUEST_ID, stored.id()));
    }
}
