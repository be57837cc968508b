package io.payerid.console.whitelist;

import io.payerid.console.audit.ConsoleChanges;
import io.payerid.console.port.WhitelistTargets;
import io.payerid.console.session.ConsoleUser;
import io.payerid.console.web.ConsoleAccess;
import io.payerid.console.web.ConsoleRefusal;
import io.payerid.console.whitelist.WhitelistRequest.Status;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.core.tenant.WhitelistEntry;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Whitelist requests: a merchant user's whitelist form files one (see {@link WhitelistRequestDesk#request}); platform
 * operators approve or reject it from the merchant's page or the list of every open request; the merchant user may
 * withdraw its own while it is open. Every decision is in the audit log.
 */
@Controller
public class WhitelistRequestPages {

    private static final int PAGE_SIZE = 50;
    private static final int MAX_REASON = 512;

    /** An open request in the list, with its merchant. */
    public record Row(WhitelistRequest request, Merchant merchant) {
    }

    private final WhitelistRequests requests;
    private final WhitelistTargets targets;
    private final TenantDirectory directory;
    private final ConsoleAccess access;
    private final ConsoleChanges changes;

    public WhitelistRequestPages(WhitelistRequests requests, WhitelistTargets targets, TenantDirectory directory,
                                 ConsoleAccess access, ConsoleChanges changes) {
        this.requests = requests;
        this.targets = targets;
        this.directory = directory;
        this.access = access;
        this.changes = changes;
    }

    @GetMapping("/console/whitelist-requests")
    String list(ConsoleUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        access.requirePlatformReader(user);
        int from = Math.max(0, page) * PAGE_SIZE;
        List<Row> rows = new ArrayList<>();
        List<WhitelistRequest> open = requests.pending(from, PAGE_SIZE + 1);
        for (WhitelistRequest request : open.subList(0, Math.min(PAGE_SIZE, open.size()))) {
            directory.merchantById(request.merchantId()).ifPresent(m -> rows.add(new Row(request, m)));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("page", Math.max(0, page));
        model.addAttribute("hasNext", open.size() > PAGE_SIZE);
        model.addAttribute("canDecide", user.role().operatesPlatform());
        return "console/whitelist-requests";
    }

    @PostMapping("/console/merchants/{mchNo}/whitelist-requests/{id}/approve")
    String approve(ConsoleUser user, @PathVariable String mchNo, @PathVariable String id, HttpServletRequest http,
                   RedirectAttributes flash) {
        access.requirePlatformOperator(user);
        Merchant merchant = access.readableMerchant(user, mchNo);
        WhitelistRequest request = open(merchant, id);
        if (!requests.decide(id, Status.APPROVED, user.username(), null)) {
            throw ConsoleRefusal.notFound();
        }
        WhitelistEntry entry;
        try {
            entry = targets.add(merchant.id(), request.url(), request.wholeOrigin());
        } catch (PayerIdException e) {
            requests.reopen(id);
            flash.addFlashAttribute("requestRefusal", e.detail());
            return back(mchNo);
        }
        changes.record(user, http, "whitelist.approve", mchNo, merchant.id(), "request=" + id + ", url=" + entry.display()
                + ", wholeOrigin=" + entry.wholeOrigin() + ", requestedBy=" + request.requestedBy());
        return back(mchNo);
    }

    @PostMapping("/console/merchants/{mchNo}/whitelist-requests/{id}/reject")
    String reject(ConsoleUser user, @PathVariable String mchNo, @PathVariable String id,
                  @RequestParam(defaultValue = "") String reason, HttpServletRequest http) {
        access.requirePlatformOperator(user);
        Merchant merchant = access.readableMerchant(user, mchNo);
        WhitelistRequest request = open(merchant, id);
        String why = reason.strip();
        if (why.length() > MAX_REASON) {
            why = why.substring(0, MAX_REASON);
        }
        if (!requests.decide(id, Status.REJECTED, user.username(), why.isEmpty() ? null : why)) {
            throw ConsoleRefusal.notFound();
        }
        changes.record(user, http, "whitelist.reject", mchNo, merchant.id(), "request=" + id + ", url=" + request.url()
                + ", reason=" + why);
        return back(mchNo);
    }

    /** Only the requesting merchant's users withdraw; operators reject instead (so the reason is recorded). */
    @PostMapping("/console/merchants/{mchNo}/whitelist-requests/{id}/withdraw")
    String withdraw(ConsoleUser user, @PathVariable String mchNo, @PathVariable String id, HttpServletRequest http) {
        Merchant merchant = access.changeableMerchant(user, mchNo);
        if (!user.role().merchantScoped()) {
            throw ConsoleRefusal.forbidden();
        }
        WhitelistRequest request = open(merchant, id);
        if (!requests.decide(id, Status.WITHDRAWN, user.username(), null)) {
            throw ConsoleRefusal.notFound();
        }
        changes.record(user, http, "whitelist.withdraw", mchNo, merchant.id(), "request=" + id + ", url=" + request.url());
        return back(mchNo);
    }

    /** A pending request of this merchant; anything else (unknown, decided, another merchant's) is "not found". */
    private WhitelistRequest open(Merchant merchant, String id) {
        return requests.find(merchant.id(), id).filter(WhitelistRequest::pending).orElseThrow(ConsoleRefusal::notFound);
    }

    private static String back(String mchNo) {
        return "redirect:/console/merchants/" + mchNo + "#whitelist";
    }
}
