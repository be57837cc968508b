package io.payerid.console.tenant;

import io.payerid.console.audit.ConsoleChanges;
import io.payerid.console.port.ChannelChecks;
import io.payerid.console.session.ConsoleUser;
import io.payerid.console.web.ConsoleAccess;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.Institution;
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
 * Saves an institution's channel from its kind's form. The admin API's checks run first ({@link ChannelChecks}), so
 * an unusable configuration is refused when saved, with the reason on the page. The audit entry
 * names the settings' values and only the names of the secrets.
 */
@Controller
@RequestMapping("/console/institutions/{instNo}/channels")
public class ChannelPages {

    private final TenantAdmin admin;
    private final ConsoleAccess access;
    private final ConsoleChanges changes;
    private final InstitutionPages institutions;
    private final ChannelChecks checks;

    public ChannelPages(TenantAdmin admin, ConsoleAccess access, ConsoleChanges changes, InstitutionPages institutions,
                        ChannelChecks checks) {
        this.admin = admin;
        this.checks = checks;
        this.access = access;
        this.changes = changes;
        this.institutions = institutions;
    }

    @PostMapping("/{kind}")
    String save(ConsoleUser user, @PathVariable ChannelKind kind, @PathVariable String instNo,
                @RequestParam(defaultValue = "SERVICE_PROVIDER") ChannelMode mode,
                @RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        access.requirePlatformOperator(user);
        Institution institution = institutions.institution(instNo);
        ChannelFormInput input;
        try {
            input = ChannelFormInput.read(kind, form);
            checks.check(new ChannelConfig(null, OwnerType.INSTITUTION, institution.id(), kind, mode, input.settings(),
                    input.secrets(), 0));
        } catch (PayerIdException e) {
            return institutions.showWithError(user, instNo, response, model, "channel.unusable", e.detail());
        } catch (IllegalArgumentException e) {
            return institutions.showWithError(user, instNo, response, model, "channel.unusable", e.getMessage());
        }
        admin.putChannel(OwnerType.INSTITUTION, institution.id(), kind, mode, input.settings(), input.secrets());
        changes.record(user, request, "channel.put", instNo + "/" + kind, null, input.auditDetail(mode));
        return "redirect:/console/institutions/" + instNo;
    }
}
