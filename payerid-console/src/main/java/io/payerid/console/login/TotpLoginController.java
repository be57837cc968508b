package io.payerid.console.login;

import io.payerid.console.RandomTokens;
import io.payerid.console.account.ConsoleAccount;
import io.payerid.console.account.ConsoleAccounts;
import io.payerid.console.audit.AuditLog;
import io.payerid.console.session.ConsoleSession;
import io.payerid.console.session.SessionCookies;
import io.payerid.console.totp.TotpEnrolments;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login's second step for an account with TOTP: the password step left a sealed, 5-minute, SameSite=Strict
 * cookie naming the account (so a cross-site form cannot post a code into it); a right, unused code turns it into
 * a session. Attempts count against the same throttle as passwords, per account and per address.
 */
@Controller
@RequestMapping("/console/login/totp")
public class TotpLoginController {

    private final ConsoleAccounts accounts;
    private final TotpEnrolments totp;
    private final SessionCookies cookies;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;

    public TotpLoginController(ConsoleAccounts accounts, TotpEnrolments totp, SessionCookies cookies,
                               LoginThrottle throttle, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.totp = totp;
        this.cookies = cookies;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping
    String form(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (pendingAccount(request).isEmpty()) {
            return "redirect:/console/login";
        }
        return show(response, model, null, 200);
    }

    @PostMapping
    String submit(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        Optional<ConsoleAccount> account = pendingAccount(request);
        if (account.isEmpty()) {
            return "redirect:/console/login";
        }
        String username = account.get().username();
        if (!throttle.allow(username, request.getRemoteAddr())) {
            response.setHeader("Retry-After", "900");
            return show(response, model, "login.throttled", 429);
        }
        if (!totp.verify(account.get().id(), code)) {
            audit.record(username, request.getRemoteAddr(), "login.failed", username, account.get().merchantId(),
                    "second factor");
            return show(response, model, "totp.wrongCode", 401);
        }
        long now = clock.millis();
        cookies.clearTotpPending(response);
        cookies.writeSession(response, new ConsoleSession(account.get().id(), RandomTokens.alphanumeric(32), now, now));
        audit.record(username, request.getRemoteAddr(), "login", username, account.get().merchantId(), "totp");
        return "redirect:/console";
    }

    /** The account the pending cookie names, while it is enabled and its password unchanged since. */
    private Optional<ConsoleAccount> pendingAccount(HttpServletRequest request) {
        return cookies.readTotpPending(request, clock.millis())
                .flatMap(p -> accounts.byId(p.accountId()).filter(a -> a.enabled() && p.issuedAt() >= a.sessionsAfter()));
    }

    private static String show(HttpServletResponse response, Model model, String errorKey, int status) {
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(status);
        model.addAttribute("errorKey", errorKey);
        return "console/login-totp";
    }
}
