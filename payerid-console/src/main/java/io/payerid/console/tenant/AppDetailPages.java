package io.payerid.console.tenant;

import io.payerid.console.account.ConsoleRole;
import io.payerid.console.audit.ConsoleChanges;
import io.payerid.console.port.AppChanges;
import io.payerid.console.session.ConsoleUser;
import io.payerid.console.web.ConsoleAccess;
import io.payerid.console.web.ConsoleRefusal;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.TenantAdmin;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One app's page: rotate its key with an overlap (the new key shown once, on the answer to the POST), upload an
 * RSA public key (only its fingerprint is shown), choose sign types, enable or disable it. Every change goes
 * through the admin API's rules ({@link AppChanges}) and into the audit log without secret values.
 */
@Controller
@RequestMapping("/console/merchants/{mchNo}/apps/{appId}")
public class AppDetailPages {

    /** The overlaps offered for a rotation (the rule itself allows PT0S to P7D). */
    static final List<String> OVERLAPS = List.of("PT0S", "PT1H", "PT24H", "P7D");
    private static final int MAX_KEY_TEXT = 4000;

    private final TenantAdmin admin;
    private final AppChanges appChanges;
    private final ConsoleAccess access;
    private final ConsoleChanges changes;

    public AppDetailPages(TenantAdmin admin, AppChanges appChanges, ConsoleAccess access, ConsoleChanges changes) {
        this.admin = admin;
        this.appChanges = appChanges;
        this.access = access;
        this.changes = changes;
    }

    @GetMapping
    String show(ConsoleUser user, @PathVariable String mchNo, @PathVariable String appId, Model model) {
        Merchant merchant = access.readableMerchant(user, mchNo);
        return page(user, merchant, appOf(merchant, appId), model);
    }

    @PostMapping("/rotate")
    String rotate(ConsoleUser user, @PathVariable String mchNo, @PathVariable String appId,
                  @RequestParam(defaultValue = "PT24H") String overlap, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        Merchant merchant = access.changeableMerchant(user, mchNo);
        MerchantApp app = appOf(merchant, appId);
        if (!OVERLAPS.contains(overlap)) {
            throw new ConsoleRefusal(400, "error.badRequest");
        }
        AppChanges.Changed changed = appChanges.apply(app, AppChanges.Change.rotation(overlap));
        changes.record(user, request, "app.rotateKey", appId, merchant.id(),
                "overlap=" + overlap + ", signKey=(generated, shown once)");
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("merchant", merchant);
        model.addAttribute("app", changed.app());
        model.addAttribute("signKey", changed.newSignKey());
        model.addAttribute("overlap", overlap);
        return "console/app-rotated";
    }

    @PostMapping("/rsa")
    String rsaKey(ConsoleUser user, @PathVariable String mchNo, @PathVariable String appId,
                  @RequestParam(defaultValue = "") String rsaPublicKey, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        if (rsaPublicKey.isBlank() || rsaPublicKey.length() > MAX_KEY_TEXT) {
            return refused(user, mchNo, appId, response, model, "apps.rsaIncomplete", null);
        }
        return change(user, mchNo, appId, AppChanges.Change.rsaPublicKey(rsaPublicKey), request, response, model,
                "app.rsaKey", app -> "rsaPublicKey=" + KeyFingerprint.of(app.rsaPublicKey()));
    }

    @PostMapping("/sign-types")
    String signTypes(ConsoleUser user, @PathVariable String mchNo, @PathVariable String appId,
                     @RequestParam(defaultValue = "") List<String> signType, HttpServletRequest request,
                     HttpServletResponse response, Model model) {
        if (signType.isEmpty() || signType.size() > SignType.values().length) {
            return refused(user, mchNo, appId, response, model, "apps.signTypesEmpty", null);
        }
        return change(user, mchNo, appId, AppChanges.Change.signTypes(signType), request, response, model,
                "app.signTypes", app -> "signTypes=" + app.signTypes());
    }

    /** Like a merchant's enabled flag: platform operators only, so a merchant user cannot undo a suspension. */
    @PostMapping("/enabled")
    String enabled(ConsoleUser user, @PathVariable String mchNo, @PathVariable String appId,
                   @RequestParam(defaultValue = "false") boolean enabled, HttpServletRequest request,
                   HttpServletResponse response, Model model) {
        access.requirePlatformOperator(user);
        return change(user, mchNo, appId, AppChanges.Change.enabled(enabled), request, response, model,
                "app.enabled", app -> "enabled=" + app.enabled());
    }

    private String change(ConsoleUser user, String mchNo, String appId, AppChanges.Change change,
                          HttpServletRequest request, HttpServletResponse response, Model model, String action,
                          java.util.function.Function<MerchantApp, String> recorded) {
        Merchant merchant = access.changeableMerchant(user, mchNo);
        MerchantApp app = appOf(merchant, appId);
        MerchantApp changed;
        try {
            changed = appChanges.apply(app, change).app();
        } catch (PayerIdException e) {
            return refused(user, mchNo, appId, response, model, "apps.refused", e.detail());
        }
        changes.record(user, request, action, appId, merchant.id(), "mchNo=" + mchNo + ", " + recorded.apply(changed));
        return "redirect:/console/merchants/" + mchNo + "/apps/" + appId;
    }

    private String refused(ConsoleUser user, String mchNo, String appId, HttpServletResponse response, Model model,
                           String key, String detail) {
        Merchant merchant = access.changeableMerchant(user, mchNo);
        MerchantApp app = appOf(merchant, appId);
        response.setStatus(400);
        model.addAttribute("formError", key);
        model.addAttribute("formDetail", detail);
        return page(user, merchant, app, model);
    }

    private String page(ConsoleUser user, Merchant merchant, MerchantApp app, Model model) {
        model.addAttribute("merchant", merchant);
        model.addAttribute("app", app);
        model.addAttribute("fingerprint", KeyFingerprint.of(app.rsaPublicKey()));
        model.addAttribute("overlaps", OVERLAPS);
        model.addAttribute("signTypeChoices", List.of(SignType.values()));
        model.addAttribute("previousKeyActive", app.previousSignKey() != null
                && app.previousKeyExpiresAt() > System.currentTimeMillis());
        model.addAttribute("canChange", user.role() != ConsoleRole.AUDITOR);
        model.addAttribute("canToggle", user.role().operatesPlatform());
        return "console/app";
    }

    /** The merchant's app with that appId; another merchant's app is "not found", like a missing one. */
    private MerchantApp appOf(Merchant merchant, String appId) {
        return admin.appsOf(merchant.id()).stream().filter(a -> a.appId().equals(appId)).findFirst()
                .orElseThrow(ConsoleRefusal::notFound);
    }
}
