package io.payerid.console.whitelist;

import io.payerid.console.audit.ConsoleChanges;
import io.payerid.console.port.WhitelistTargets;
import io.payerid.console.session.ConsoleUser;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.Merchant;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * Files a merchant user's whitelist request: the URL must pass the whitelist rules now (the refusal is shown next to
 * the form, as for an operator), may not be asked twice while open, and a merchant holds at most
 * {@link WhitelistRequests#MAX_PENDING_PER_MERCHANT} open requests.
 */
@Component
public class WhitelistRequestDesk {

    private final WhitelistRequests requests;
    private final WhitelistTargets targets;
    private final ConsoleChanges changes;

    public WhitelistRequestDesk(WhitelistRequests requests, WhitelistTargets targets, ConsoleChanges changes) {
        this.requests = requests;
        this.targets = targets;
        this.changes = changes;
    }

    /** @throws PayerIdException INVALID_REQUEST with the reason when the URL is refused or too many are open */
    public WhitelistRequest request(ConsoleUser user, Merchant merchant, String url, boolean wholeOrigin,
                                    HttpServletRequest http) {
        String display = targets.check(url, wholeOrigin);
        if (requests.pendingCount(merchant.id()) >= WhitelistRequests.MAX_PENDING_PER_MERCHANT) {
            throw new PayerIdException(ErrorCode.INVALID_REQUEST, "at most "
                    + WhitelistRequests.MAX_PENDING_PER_MERCHANT + " whitelist requests may be open at once");
        }
        boolean alreadyOpen = requests.ofMerchant(merchant.id(), WhitelistRequests.MAX_PENDING_PER_MERCHANT * 2).stream()
                .anyMatch(r -> r.pending() && r.url().equals(display) && r.wholeOrigin() == wholeOrigin);
        if (alreadyOpen) {
            throw new PayerIdException(ErrorCode.INVALID_REQUEST, "this URL is already requested and waits for a decision");
        }
        WhitelistRequest request = requests.create(merchant.id(), display, wholeOrigin, user.username());
        changes.record(user, http, "whitelist.request", merchant.mchNo(), merchant.id(),
                "request=" + request.id() + ", url=" + display + ", wholeOrigin=" + wholeOrigin);
        return request;
    }
}
