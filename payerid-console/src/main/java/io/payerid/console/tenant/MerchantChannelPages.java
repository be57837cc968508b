package io.payerid.console.tenant;

import io.payerid.console.audit.ConsoleChanges;
import io.payerid.console.port.ChannelChecks;
import io.payerid.console.session.ConsoleUser;
import io.payerid.console.web.ConsoleAccess;
import io.payerid.console.web.ConsoleRefusal;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.TenantAdmin;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A merchant's own channel configurations, which win over its institution's of the same kind (the merchant has its
 * own official account or WeChat Pay merchant number, say). Platform operators only: these are upstream secrets the
 * platform answers for. Same checks and audit as the institution's forms; removing one falls back to the institution.
 */
@Controller
@RequestMapping("/console/merchants/{mchNo}/channels")
public class MerchantChannelPages {

    private final TenantAdmin admin;
    private final ConsoleAccess access;
    private final ConsoleChanges changes;
    private final MerchantPages merchants;
    private final ChannelChecks checks;

    public MerchantChannelPages(TenantAdmin admin, ConsoleAccess access, ConsoleChanges changes, MerchantPages merchants,
                                ChannelChecks checks) {
        this.admin = admin;
        this.access = access;
        this.changes = changes;
        this.merchants = merchants;
        this.checks = checks;
    }

    @PostMapping("/{kind}")
    String save(ConsoleUser user, @PathVariable String mchNo, @PathVariable ChannelKind kind,
                @RequestParam(defaultValue = "DIRECT") ChannelMode mode, @RequestParam MultiValueMap<String, String> form,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        access.requirePlatformOperator(user);
        Merchant merchant = access.readableMerchant(user, mchNo);
        ChannelFormInput input;
        try {
            input = ChannelFormInput.read(kind, form);
            checks.check(new ChannelConfig(null, OwnerType.MERCHANT, merchant.id(), kind, mode, input.settings(),
                    input.secrets(), 0));
        } catch (PayerIdException e) {
            return refused(user, mchNo, response, model, e.detail());
        } catch (IllegalArgumentException e) {
            return refused(user, mchNo, response, model, e.getMessage());
        }
        admin.putChannel(OwnerType.MERCHANT, merchant.id(), kind, mode, input.settings(), input.secrets());
        changes.record(user, request, "merchant-channel.put", mchNo + "/" + kind, merchant.id(), input.auditDetail(mode));
        return "redirect:/console/merchants/" + mchNo + "#channels";
    }

    @PostMapping("/{kind}/delete")
    String remove(ConsoleUser user, @PathVariable String mchNo, @PathVariable ChannelKind kind, HttpServletRequest request) {
        access.requirePlatformOperator(user);
        Merchant merchant = access.readableMerchant(user, mchNo);
        if (!admin.removeChannel(OwnerType.MERCHANT, merchant.id(), kind)) {
            throw ConsoleRefusal.notFound();
        }
        changes.record(user, request, "merchant-channel.remove", mchNo + "/" + kind, merchant.id(), "kind=" + kind);
        return "redirect:/console/merchants/" + mchNo + "#channels";
    }

    private String refused(ConsoleUser user, String mchNo, HttpServletResponse response, Model model, String detail) {
        model.addAttribute("errorSection", "channels");
        return merchants.showWithError(user, mchNo, response, model, "channel.unusable", detail);
    }
}
