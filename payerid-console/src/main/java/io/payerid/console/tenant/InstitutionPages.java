package io.payerid.console.tenant;

import io.payerid.console.audit.ConsoleChanges;
import io.payerid.console.session.ConsoleUser;
import io.payerid.console.web.ConsoleAccess;
import io.payerid.console.web.ConsoleRefusal;
import io.payerid.console.web.FormRules;
import io.payerid.console.web.PageSlice;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Institutions: list with search and paging, create, rename; an institution's merchants and channels. */
@Controller
@RequestMapping("/console/institutions")
public class InstitutionPages {

    private final TenantAdmin admin;
    private final TenantDirectory directory;
    private final ConsoleAccess access;
    private final ConsoleChanges changes;

    public InstitutionPages(TenantAdmin admin, TenantDirectory directory, ConsoleAccess access, ConsoleChanges changes) {
        this.admin = admin;
        this.directory = directory;
        this.access = access;
        this.changes = changes;
    }

    @GetMapping
    String list(ConsoleUser user, @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
                Model model) {
        access.requirePlatformReader(user);
        model.addAttribute("institutions", PageSlice.of(admin.institutions(), q, page, i -> i.instNo() + " " + i.name()));
        return "console/institutions";
    }

    @PostMapping
    String create(ConsoleUser user, @RequestParam(defaultValue = "") String instNo,
                  @RequestParam(defaultValue = "") String name, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        access.requirePlatformOperator(user);
        Optional<String> refusal = FormRules.codeRefusal(instNo).or(() -> FormRules.nameRefusal(name));
        if (refusal.isPresent()) {
            return listWithError(user, response, model, refusal.get(), null);
        }
        try {
            admin.createInstitution(instNo, name.trim(), null);
        } catch (PayerIdException e) {
            return listWithError(user, response, model, "form.refused", e.detail());
        }
        changes.record(user, request, "institution.create", instNo, null, "name=" + name.trim());
        return "redirect:/console/institutions/" + instNo;
    }

    @GetMapping("/{instNo}")
    String show(ConsoleUser user, @PathVariable String instNo, Model model) {
        access.requirePlatformReader(user);
        Institution institution = institution(instNo);
        model.addAttribute("institution", institution);
        model.addAttribute("merchants", admin.merchantsOf(institution.id()));
        model.addAttribute("channels", ChannelForms.views(admin.channelsOf(OwnerType.INSTITUTION, institution.id())));
        model.addAttribute("channelForms", ChannelForms.ALL);
        return "console/institution";
    }

    @PostMapping("/{instNo}")
    String rename(ConsoleUser user, @PathVariable String instNo, @RequestParam(defaultValue = "") String name,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        access.requirePlatformOperator(user);
        Institution institution = institution(instNo);
        if (FormRules.nameRefusal(name).isPresent()) {
            return showWithError(user, instNo, response, model, "form.name", null);
        }
        admin.updateInstitution(institution.id(), name.trim(), null);
        changes.record(user, request, "institution.update", instNo, null, "name=" + name.trim());
        return "redirect:/console/institutions/" + instNo;
    }

    @PostMapping("/{instNo}/merchants")
    String createMerchant(ConsoleUser user, @PathVariable String instNo, @RequestParam(defaultValue = "") String mchNo,
                          @RequestParam(defaultValue = "") String name, HttpServletRequest request,
                          HttpServletResponse response, Model model) {
        access.requirePlatformOperator(user);
        Institution institution = institution(instNo);
        Optional<String> refusal = FormRules.codeRefusal(mchNo).or(() -> FormRules.nameRefusal(name));
        if (refusal.isPresent()) {
            return showWithError(user, instNo, response, model, refusal.get(), null);
        }
        Merchant merchant;
        try {
            merchant = admin.createMerchant(institution.id(), mchNo, name.trim(), true);
        } catch (PayerIdException e) {
            return showWithError(user, instNo, response, model, "form.refused", e.detail());
        }
        changes.record(user, request, "merchant.create", mchNo, merchant.id(), "instNo=" + instNo + ", name=" + name.trim());
        return "redirect:/console/merchants/" + mchNo;
    }

    Institution institution(String instNo) {
        return directory.institutionByInstNo(instNo).orElseThrow(ConsoleRefusal::notFound);
    }

    String showWithError(ConsoleUser user, String instNo, HttpServletResponse response, Model model, String key,
                         String detail) {
        response.setStatus(400);
        model.addAttribute("formError", key);
        model.addAttribute("formDetail", detail);
        return show(user, instNo, model);
    }

    private String listWithError(ConsoleUser user, HttpServletResponse response, Model model, String key, String detail) {
        response.setStatus(400);
        model.addAttribute("formError", key);
        model.addAttribute("formDetail", detail);
        return list(user, "", 0, model);
    }
}
