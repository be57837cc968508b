package io.payerid.console.login;

import io.payerid.console.RandomTokens;
import io.payerid.console.account.ConsoleAccount;
import io.payerid.console.account.ConsoleAccounts;
import io.payerid.console.audit.AuditLog;
import io.payerid.console.session.ConsoleSession;
import io.payerid.console.session.ConsoleUser;
import io.payerid.console.session.SessionCookies;
import io.payerid.console.totp.TotpEnrolments;
import io.payerid.core.signing.ConstantTime;
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
 * Login, logout and the language switch. The login form is protected against login CSRF by a random token in a
 * SameSite=Strict cookie that the form must echo (the session's own token does not exist yet).
 */
@Controller
@RequestMapping("/console")
public class LoginController {

    private static final int MAX_FIELD = 128;

    private final ConsoleAccounts accounts;
    private final SessionCookies cookies;
    private final LoginThrottle throttle;
    /** What the audit log records for a failed login whose username names no account. */
    static final String UNKNOWN_ACCOUNT = "(unknown account)";

    private final AuditLog audit;
    private final TotpEnrolments totp;
    private final Clock clock;

    public LoginController(ConsoleAccounts accounts, SessionCookies cookies, LoginThrottle throttle, AuditLog audit,
                           TotpEnrolments totp, Clock clock) {
        this.accounts = accounts;
        this.totp = totp;
        this.cookies = cookies;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/login")
    String form(HttpServletResponse response, Model model) {
        return showForm(response, model, null, 200);
    }

    @PostMapping("/login")
    String login(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
                 @RequestParam(name = "_login", defaultValue = "") String loginToken, HttpServletRequest request,
                 HttpServletResponse response, Model model) {
        Optional<String> expected = SessionCookies.value(request, SessionCookies.LOGIN_CSRF);
        if (expected.isEmpty() || !ConstantTime.equals(expected.get(), loginToken)) {
            return showForm(response, model, "login.expired", 403);
        }
        if (username.isBlank() || username.length() > MAX_FIELD || password.length() > MAX_FIELD) {
            return showForm(response, model, "login.failed", 401);
        }
        if (!throttle.allow(username, request.getRemoteAddr())) {
            response.setHeader("Retry-After", "900");
            return showForm(response, model, "login.throttled", 429);
        }
        Optional<ConsoleAccount> account = accounts.authenticate(username, password);
        if (account.isEmpty()) {
            // A name no account has is not recorded: people type their password into the username field.
            String who = accounts.byUsername(username).isPresent() ? username : UNKNOWN_ACCOUNT;
            audit.record(who, request.getRemoteAddr(), "login.failed", who, null, "");
            return showForm(response, model, "login.failed", 401);
        }
        long now = clock.millis();
        if (totp.enabled(account.get().id())) {
            // The password was right; the session waits for the code, in a sealed cookie and not in server memory.
            cookies.writeTotpPending(response, new ConsoleSession(account.get().id(), RandomTokens.alphanumeric(32),
                    now, now));
            return "redirect:/console/login/totp";
        }
        cookies.writeSession(response, new ConsoleSession(account.get().id(), RandomTokens.alphanumeric(32), now, now));
        audit.record(username, request.getRemoteAddr(), "login", username, account.get().merchantId(), "");
        return "redirect:/console";
    }

    @PostMapping("/logout")
    String logout(ConsoleUser user, HttpServletRequest request, HttpServletResponse response) {
        accounts.endSessions(user.account().id());
        cookies.clearSession(response);
        audit.record(user.username(), request.getRemoteAddr(), "logout", user.username(), user.account().merchantId(), "");
        return "redirect:/console/login";
    }

    /** {@code lang}: {@code en} or anything else for zh-CN; goes back to the console's home. */
    @GetMapping("/language")
    String language(@RequestParam(defaultValue = "zh-CN") String lang, HttpServletResponse response) {
        cookies.writeLanguage(response, "en".equals(lang) ? "en" : "zh-CN");
        return "redirect:/console";
    }

    private String showForm(HttpServletResponse response, Model model, String errorKey, int status) {
        String token = RandomTokens.alphanumeric(32);
        cookies.writeLoginCsrf(response, token);
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(status);
        model.addAttribute("loginToken", token);
        model.addAttribute("errorKey", errorKey);
        return "console/login";
    }
}
