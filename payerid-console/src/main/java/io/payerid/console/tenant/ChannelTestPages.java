package io.payerid.console.tenant;

import io.payerid.console.audit.ConsoleChanges;
import io.payerid.console.session.ConsoleUser;
import io.payerid.console.web.ConsoleAccess;
import io.payerid.console.web.ConsoleRefusal;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.TenantAdmin;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The "test" button of a saved channel form: one cheap call to the real upstream with the saved configuration (what
 * the form shows is not what is tested: secrets are write-only), answered by the owner's page with the result next
 * to the form. Platform operators only, like saving: it spends the upstream's quota under those credentials. A POST
 * because it calls out and is audited, never something a link or a prefetch should trigger.
 */
@Controller
public class ChannelTestPages {

    private final TenantAdmin admin;
    private final ConsoleAccess access;
    private final ConsoleChanges changes;
    private final InstitutionPages institutions;
    private final MerchantPages merchants;
    private final ChannelTestDeadline deadline;

    public ChannelTestPages(TenantAdmin admin, ConsoleAccess access, ConsoleChanges changes,
                            InstitutionPages institutions, MerchantPages merchants, ChannelTestDeadline deadline) {
        this.admin = admin;
        this.access = access;
        this.changes = changes;
        this.institutions = institutions;
        this.merchants = merchants;
        this.deadline = deadline;
    }

    @PostMapping("/console/institutions/{instNo}/channels/{kind}/test")
    String institutionChannel(ConsoleUser user, @PathVariable String instNo, @PathVariable ChannelKind kind,
                              HttpServletRequest request, Model model) {
        access.requirePlatformOperator(user);
        Institution institution = institutions.institution(instNo);
        ChannelTestResult result = deadline.run(saved(OwnerType.INSTITUTION, institution.id(), kind));
        changes.record(user, request, "channel.test", instNo + "/" + kind, null, result.auditDetail("institution " + instNo));
        model.addAttribute("channelTest", result);
        return institutions.show(user, instNo, model);
    }

    @PostMapping("/console/merchants/{mchNo}/channels/{kind}/test")
    String merchantChannel(ConsoleUser user, @PathVariable String mchNo, @PathVariable ChannelKind kind,
                           HttpServletRequest request, Model model) {
        access.requirePlatformOperator(user);
        Merchant merchant = access.readableMerchant(user, mchNo);
        ChannelTestResult result = deadline.run(saved(OwnerType.MERCHANT, merchant.id(), kind));
        changes.record(user, request, "channel.test", mchNo + "/" + kind, merchant.id(), result.auditDetail("merchant " + mchNo));
        model.addAttribute("channelTest", result);
        // The merchant's forms sit in a closed <details>; the result is next to its form, so open it.
        model.addAttribute("errorSection", "channels");
        return merchants.show(user, mchNo, model);
    }

    /** Only a saved configuration can be tested: an unsaved kind is "not found", like removing it. */
    private ChannelConfig saved(OwnerType ownerType, String ownerId, ChannelKind kind) {
        return admin.channel(ownerType, ownerId, kind).orElseThrow(ConsoleRefusal::notFound);
    }
}
