package io.payerid.console.totp;

import io.payerid.console.account.ConsoleAccount;
import io.payerid.console.account.ConsoleAccounts;
import io.payerid.console.audit.ConsoleChanges;
import io.payerid.console.port.QrCodeImages;
import io.payerid.console.session.ConsoleUser;
import io.payerid.console.web.ConsoleAccess;
import io.payerid.console.web.ConsoleRefusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The account's TOTP second factor: enrol (secret as otpauth URI, QR code and base32 text), confirm with a first
 * code, disable with a current code; a platform admin resets another account's (recovery of a lost phone).
 */
@Controller
public class TotpPages {

    private static final String ISSUER = "PayerID";

    private final TotpEnrolments totp;
    private final ConsoleAccounts accounts;
    private final ConsoleAccess access;
    private final ConsoleChanges changes;
    private final QrCodeImages qr;

    public TotpPages(TotpEnrolments totp, ConsoleAccounts accounts, ConsoleAccess access, ConsoleChanges changes,
                     QrCodeImages qr) {
        this.totp = totp;
        this.accounts = accounts;
        this.access = access;
        this.changes = changes;
        this.qr = qr;
    }

    @GetMapping("/console/totp")
    String page(ConsoleUser user, HttpServletResponse response, Model model) {
        response.setHeader("Cache-Control", "no-store"); // a pending secret must not stay in a cache
        String accountId = user.account().id();
        model.addAttribute("totpEnabled", totp.enabled(accountId));
        totp.pendingSecret(accountId).ifPresent(secret -> {
            String uri = otpauthUri(user.username(), secret);
            model.addAttribute("totpSecret", secret.replaceAll("(.{4})", "$1 ").trim());
            model.addAttribute("totpUri", uri);
            // A data: URI: the page policy allows images only from 'self' and data:, and the secret must not sit
            // in a URL that browser history or a proxy log would keep.
            model.addAttribute("totpQr", "data:image/png;base64," + Base64.getEncoder().encodeToString(qr.png(uri, 240)));
        });
        return "console/totp";
    }

    @PostMapping("/console/totp/enrol")
    String enrol(ConsoleUser user, HttpServletRequest request) {
        if (totp.enabled(user.account().id())) {
            throw new ConsoleRefusal(409, "totp.alreadyOn");
        }
        totp.start(user.account().id());
        changes.record(user, request, "totp.enrol", user.username(), user.account().merchantId(), "secret=(set)");
        return "redirect:/console/totp";
    }

    @PostMapping("/console/totp/confirm")
    String confirm(ConsoleUser user, @RequestParam(defaultValue = "") String code, HttpServletRequest request,
                   HttpServletResponse response, Model model) {
        boolean accepted = totp.confirm(user.account().id(), code);
        return afterCode(accepted, "totp.enabled", "enabled=true", user, request, response, model);
    }

    @PostMapping("/console/totp/disable")
    String disable(ConsoleUser user, @RequestParam(defaultValue = "") String code, HttpServletRequest request,
                   HttpServletResponse response, Model model) {
        boolean accepted = totp.verify(user.account().id(), code);
        if (accepted) {
            totp.remove(user.account().id());
        }
        return afterCode(accepted, "totp.disabled", "enabled=false", user, request, response, model);
    }

    /** Recovery: a platform admin switches another account's second factor off; it enrols again itself. */
    @PostMapping("/console/accounts/{id}/totp/reset")
    String reset(ConsoleUser user, @PathVariable String id, HttpServletRequest request) {
        access.requireAccountAdmin(user);
        ConsoleAccount account = accounts.byId(id).orElseThrow(ConsoleRefusal::notFound);
        totp.remove(account.id());
        changes.record(user, request, "totp.reset", account.username(), account.merchantId(), "enabled=false");
        return "redirect:/console/accounts";
    }

    /** A change that needed a code: recorded and back to the page when accepted, else the page with the refusal. */
    private String afterCode(boolean accepted, String action, String detail, ConsoleUser user,
                             HttpServletRequest request, HttpServletResponse response, Model model) {
        if (!accepted) {
            response.setStatus(400);
            model.addAttribute("formError", "totp.wrongCode");
            return page(user, response, model);
        }
        changes.record(user, request, action, user.username(), user.account().merchantId(), detail);
        return "redirect:/console/totp";
    }

    private static String otpauthUri(String username, String secret) {
        String label = URLEncoder.encode(ISSUER + ":" + username, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=6&period=30";
    }
}
