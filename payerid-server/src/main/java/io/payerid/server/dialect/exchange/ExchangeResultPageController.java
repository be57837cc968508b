package io.payerid.server.dialect.exchange;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.server.web.BrowserFlow;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Where the payer lands after authorizing: a gateway-hosted page (no merchant redirect in this seed)
 * showing the outcome recorded on the stored request — never one read from the URL.
 */
@Controller
@BrowserFlow
public class ExchangeResultPageController {

    private final ExchangeAuthRequests requests;
    private final ExchangeLinks links;

    public ExchangeResultPageController(ExchangeAuthRequests requests, ExchangeLinks links) {
        this.requests = requests;
        this.links = links;
    }

    @GetMapping(ExchangeLinks.RESULT_PATH + "{token}")
    public ResponseEntity<String> result(@PathVariable String token) {
        ExchangeAuthRequest stored = requests.findByLinkToken(token)
                .orElseThrow(() -> new PayerIdException(ErrorCode.FLOW_STATE_INVALID, "unknown authorization link"));
        return switch (stored.status()) {
            case AUTHORIZED -> ExchangePayerPages.authorized();
            case FAILED -> ExchangePayerPages.failed(stored.lastError(), links.link(token));
            case PENDING -> ExchangePayerPages.pending(links.link(token));
        };
    }
}
