package io.payerid.console.tenant;

import io.payerid.console.audit.ConsoleChanges;
import io.payerid.console.port.QrEntryCatalog;
import io.payerid.console.session.ConsoleUser;
import io.payerid.console.web.ConsoleAccess;
import io.payerid.console.web.FormRules;
import io.payerid.console.web.PageSlice;
import io.payerid.console.whitelist.WhitelistRequests;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Merchants: the list across institutions, and one merchant's page (its apps, channels, whitelist and QR entries). */
@Controller
@RequestMapping("/console/merchants")
public class MerchantPages {

    /** A merchant in the list, with its institution's number. */
    public record Row(Merchant merchant, String instNo) {
    }

    private final TenantAdmin admin;
    private final TenantDirectory directory;
    private final ConsoleAccess access;
    private final ConsoleChanges changes;
    private final QrEntryCatalog qr;
    private final WhitelistRequests whitelistRequests;

    public MerchantPages(TenantAdmin admin, TenantDirectory directory, ConsoleAccess access, ConsoleChanges changes,
                         QrEntryCatalog qr, WhitelistRequests whitelistRequests) {
        this.whitelistRequests = whitelistRequests;
        this.admin = admin;
        this.directory = directory;
        this.access = access;
        this.changes = changes;
        this.qr = qr;
    }

    @GetMapping
    String list(ConsoleUser user, @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
                Model model) {
        access.requirePlatformReader(user);
        List<Row> rows = new ArrayList<>();
        for (Institution institution : admin.institutions()) {
            admin.merchantsOf(institution.id()).forEach(m -> rows.add(new Row(m, institution.instNo())));
        }
        model.addAttribute("merchants", PageSlice.of(rows, q, page,
                r -> r.merchant().mchNo() + " " + r.merchant().name() + " " + r.instNo()));
        return "console/merchants";
    }

    @GetMapping("/{mchNo}")
    String show(ConsoleUser user, @PathVariable String mchNo, Model model) {
        Merchant merchant = access.readableMerchant(user, mchNo);
        model.addAttribute("merchant", merchant);
        model.addAttribute("institution", directory.institutionById(merchant.institutionId()).orElse(null));
        model.addAttribute("apps", admin.appsOf(merchant.id()));
        model.addAttribute("whitelist", directory.whitelist(merchant.id()));
        model.addAttribute("whitelistRequests", whitelistRequests.ofMerchant(merchant.id(), 10));
        model.addAttribute("qrEntries", qr.ofMerchant(merchant.id()));
        addChannels(merchant, model);
        model.addAttribute("canChange", user.role() != io.payerid.console.account.ConsoleRole.AUDITOR);
        return "console/merchant";
    }

    /** Name and enabled flag: platform operators only (a merchant user cannot switch its own merchant on). */
    @PostMapping("/{mchNo}")
    String update(ConsoleUser user, @PathVariable String mchNo, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "false") boolean enabled, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        access.requirePlatformOperator(user);
        Merchant merchant = access.readableMerchant(user, mchNo);
        if (FormRules.nameRefusal(name).isPresent()) {
            return showWithError(user, mchNo, response, model, "form.name", null);
        }
        admin.updateMerchant(merchant.id(), name.trim(), enabled);
        changes.record(user, request, "merchant.update", mchNo, merchant.id(), "name=" + name.trim() + ", enabled=" + enabled);
        return "redirect:/console/merchants/" + mchNo;
    }

    /** The merchant's own channels, and the institution's kinds it does not override (inherited). */
    private void addChannels(Merchant merchant, Model model) {
        List<ChannelConfig> own = admin.channelsOf(OwnerType.MERCHANT, merchant.id());
        Set<ChannelKind> overridden = own.stream().map(ChannelConfig::kind).collect(Collectors.toSet());
        model.addAttribute("ownChannels", ChannelForms.views(own));
        model.addAttribute("inheritedChannels", ChannelForms.views(admin.channelsOf(OwnerType.INSTITUTION,
                merchant.institutionId()).stream().filter(c -> !overridden.contains(c.kind())).toList()));
        model.addAttribute("channelForms", ChannelForms.MERCHANT_OWNED);
    }

    String showWithError(ConsoleUser user, String mchNo, HttpServletResponse response, Model model, String key,
                         String detail) {
        response.setStatus(400);
        model.addAttribute("formError", key);
        model.addAttribute("formDetail", detail);
        return show(user, mchNo, model);
    }
}
