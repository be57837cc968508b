package io.payerid.console.tenant;

import io.payerid.console.audit.ConsoleChanges;
import io.payerid.console.port.WhitelistTargets;
import io.payerid.console.session.ConsoleUser;
import io.payerid.console.web.ConsoleAccess;
import io.payerid.console.web.ConsoleRefusal;
import io.payerid.console.whitelist.WhitelistRequestDesk;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.WhitelistEntry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A merchant's redirect whitelist: add (a refused URL is shown with the rule's reason) and remove. A merchant user's
 * add files a request for an operator's approval instead ({@link WhitelistRequestDesk}); removing needs none.
 */
@Controller
@RequestMapping("/console/merchants/{mchNo}/whitelist")
public class WhitelistPages {

    private final WhitelistTargets targets;
    private final TenantAdmin admin;
    private final ConsoleAccess access;
    private final ConsoleChanges changes;
    private final MerchantPages merchants;
    private final WhitelistRequestDesk requestDesk;

    public WhitelistPages(WhitelistTargets targets, TenantAdmin admin, ConsoleAccess access, ConsoleChanges changes,
                          MerchantPages merchants, WhitelistRequestDesk requestDesk) {
        this.requestDesk = requestDesk;
        this.targets = targets;
        this.admin = admin;
        this.access = access;
        this.changes = changes;
        this.merchants = merchants;
    }

    @PostMapping
    String add(ConsoleUser user, @PathVariable String mchNo, @RequestParam(defaultValue = "") String url,
               @RequestParam(defaultValue = "false") boolean wholeOrigin, HttpServletRequest request,
               HttpServletResponse response, Model model) {
        Merchant merchant = access.changeableMerchant(user, mchNo);
        WhitelistEntry entry;
        try {
            if (user.role().merchantScoped()) {
                requestDesk.request(user, merchant, url.trim(), wholeOrigin, request);
                return "redirect:/console/merchants/" + mchNo + "#whitelist";
            }
            entry = targets.add(merchant.id(), url.trim(), wholeOrigin);
        } catch (PayerIdException e) {
            model.addAttribute("whitelistUrl", url);
            model.addAttribute("errorSection", "whitelist");
            return merchants.showWithError(user, mchNo, response, model, "whitelist.refused", e.detail());
        }
        changes.record(user, request, "whitelist.add", mchNo, merchant.id(),
                "url=" + entry.display() + ", wholeOrigin=" + entry.wholeOrigin());
        return "redirect:/console/merchants/" + mchNo;
    }

    @PostMapping("/{id}/delete")
    String remove(ConsoleUser user, @PathVariable String mchNo, @PathVariable String id, HttpServletRequest request) {
        Merchant merchant = access.changeableMerchant(user, mchNo);
        if (!admin.removeWhitelistEntry(merchant.id(), id)) {
            throw ConsoleRefusal.notFound();
        }
        changes.record(user, request, "whitelist.remove", mchNo, merchant.id(), "entry=" + id);
        return "redirect:/console/merchants/" + mchNo;
    }
}
