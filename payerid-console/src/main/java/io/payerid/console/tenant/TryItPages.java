package io.payerid.console.tenant;

import io.payerid.console.port.SandboxTrials;
import io.payerid.console.session.ConsoleUser;
import io.payerid.console.web.ConsoleAccess;
import io.payerid.console.web.ConsoleRefusal;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Try it" (sandbox only): pick an app and a channel; the server signs a browser entry with the app's key and
 * the console shows a link that starts the flow, the sandbox wallet playing the payer. The result comes back to
 * the console's result page when the merchant whitelisted it, else to the merchant's own page.
 */
@Controller
@RequestMapping("/console/try")
public class TryItPages {

    /** One app the user may try, its merchant, configured channels and a whitelisted return target if any. */
    public record Row(Merchant merchant, MerchantApp app, List<ChannelKind> channels, String returnUri) {
    }

    private static final int MAX_ANSWER_FIELDS = 32;

    private final SandboxTrials trials;
    private final TenantAdmin admin;
    private final TenantDirectory directory;
    private final ConsoleAccess access;

    public TryItPages(SandboxTrials trials, TenantAdmin admin, TenantDirectory directory, ConsoleAccess access) {
        this.trials = trials;
        this.admin = admin;
        this.directory = directory;
        this.access = access;
    }

    @GetMapping
    String show(ConsoleUser user, Model model) {
        requireSandbox();
        List<Row> rows = new ArrayList<>();
        for (Merchant merchant : merchantsOf(user)) {
            List<ChannelKind> channels = trials.channels(merchant);
            String target = trials.returnUri(merchant).orElse(null);
            admin.appsOf(merchant.id()).forEach(app -> rows.add(new Row(merchant, app, channels, target)));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("channelChoices", List.of(ChannelKind.WECHAT_OA, ChannelKind.ALIPAY, ChannelKind.UNIONPAY));
        return "console/try";
    }

    /** A POST (with the CSRF token), and never cached: the signed link carries a single-use nonce. */
    @PostMapping
    String start(ConsoleUser user, @RequestParam(defaultValue = "") String appId,
                 @RequestParam(defaultValue = "WECHAT_OA") ChannelKind channel, HttpServletResponse response, Model model) {
        requireSandbox();
        MerchantApp app = directory.appByAppId(appId).orElseThrow(ConsoleRefusal::notFound);
        Merchant merchant = readableOwner(user, app);
        model.addAttribute("merchant", merchant);
        model.addAttribute("app", app);
        model.addAttribute("channel", channel);
        Optional<String> target = trials.returnUri(merchant);
        if (!app.enabled() || !trials.channels(merchant).contains(channel) || target.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("problem", !app.enabled() ? "try.appDisabled"
                    : target.isEmpty() ? "try.noWhitelist" : "try.channelMissing");
            return "console/try-start";
        }
        try {
            model.addAttribute("authorizeUrl", trials.authorizeUrl(merchant, app, channel, target.get()));
        } catch (PayerIdException e) {
            response.setStatus(400);
            model.addAttribute("problem", "try.cannotSign");
        }
        model.addAttribute("returnUri", target.get());
        response.setHeader("Cache-Control", "no-store");
        return "console/try-start";
    }

    /** Where the gateway sends the payer back when the merchant whitelisted it: the answer and its verification. */
    @GetMapping("/result")
    String result(ConsoleUser user, @RequestParam Map<String, String> answer, Model model) {
        requireSandbox();
        if (answer.size() > MAX_ANSWER_FIELDS) {
            throw new ConsoleRefusal(400, "error.badRequest");
        }
        MerchantApp app = directory.appByAppId(answer.getOrDefault("appId", "")).orElseThrow(ConsoleRefusal::notFound);
        readableOwner(user, app);
        model.addAttribute("app", app);
        model.addAttribute("answer", new LinkedHashMap<>(answer));
        model.addAttribute("verified", trials.verifies(app, answer));
        model.addAttribute("failed", answer.containsKey("error"));
        return "console/try-result";
    }

    private void requireSandbox() {
        if (!trials.enabled()) {
            throw ConsoleRefusal.notFound();
        }
    }

    private Merchant readableOwner(ConsoleUser user, MerchantApp app) {
        Merchant owner = directory.merchantById(app.merchantId()).orElseThrow(ConsoleRefusal::notFound);
        return access.readableMerchant(user, owner.mchNo());
    }

    private List<Merchant> merchantsOf(ConsoleUser user) {
        if (user.role().merchantScoped()) {
            return directory.merchantById(user.account().merchantId()).stream().toList();
        }
        List<Merchant> merchants = new ArrayList<>();
        for (Institution institution : admin.institutions()) {
            merchants.addAll(admin.merchantsOf(institution.id()));
        }
        return merchants;
    }
}
