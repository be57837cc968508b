package io.payerid.console.tenant;

import io.payerid.console.RandomTokens;
import io.payerid.console.audit.ConsoleChanges;
import io.payerid.console.session.ConsoleUser;
import io.payerid.console.web.ConsoleAccess;
import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.ResultDelivery;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantAdmin;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Creates a merchant's app with a generated key and shows the key once, on the answer to the POST (never on a
 * page that can be reloaded or bookmarked, and never in the audit log).
 */
@Controller
@RequestMapping("/console/merchants/{mchNo}/apps")
public class AppPages {

    private static final int KEY_LENGTH = 32;

    private final TenantAdmin admin;
    private final ConsoleAccess access;
    private final ConsoleChanges changes;

    public AppPages(TenantAdmin admin, ConsoleAccess access, ConsoleChanges changes) {
        this.admin = admin;
        this.access = access;
        this.changes = changes;
    }

    @PostMapping
    String create(ConsoleUser user, @PathVariable String mchNo,
                  @RequestParam(defaultValue = "redirect") String resultDelivery, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        Merchant merchant = access.changeableMerchant(user, mchNo);
        ResultDelivery delivery = ResultDelivery.fromWire(resultDelivery)
                .orElseThrow(() -> new IllegalArgumentException("unknown result delivery"));
        String key = RandomTokens.alphanumeric(KEY_LENGTH);
        MerchantApp app = admin.createApp(merchant.id(), "app_" + RandomTokens.base32(20), Secret.of(key), null,
                EnumSet.of(SignType.MD5, SignType.HMAC_SHA256));
        if (delivery != ResultDelivery.REDIRECT) {
            app = admin.setResultDelivery(app.id(), delivery);
        }
        changes.record(user, request, "app.create", app.appId(), merchant.id(),
                "mchNo=" + mchNo + ", resultDelivery=" + delivery.wireName() + ", signKey=(generated, shown once)");
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("merchant", merchant);
        model.addAttribute("app", app);
        model.addAttribute("signKey", key);
        return "console/app-created";
    }
}
