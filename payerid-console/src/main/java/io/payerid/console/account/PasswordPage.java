package io.payerid.console.account;

import io.payerid.console.RandomTokens;
import io.payerid.console.audit.ConsoleChanges;
import io.payerid.console.session.ConsoleSession;
import io.payerid.console.session.ConsoleUser;
import io.payerid.console.session.SessionCookies;
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
 * Any account changes its own password, proving the current one. Sessions issued before the change (on any node,
 * in any browser) stop working; this browser gets a fresh one.
 */
@Controller
@RequestMapping("/console/password")
public class PasswordPage {

    private final ConsoleAccounts accounts;
    private final SessionCookies cookies;
    private final ConsoleChanges changes;
    private final Clock clock;

    public PasswordPage(ConsoleAccounts accounts, SessionCookies cookies, ConsoleChanges changes, Clock clock) {
        this.accounts = accounts;
        this.cookies = cookies;
        this.changes = changes;
        this.clock = clock;
    }

    @GetMapping
    String form() {
        return "console/password";
    }

    @PostMapping
    String change(ConsoleUser user, @RequestParam(defaultValue = "") String current,
                  @RequestParam(defaultValue = "") String replacement, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        Optional<String> refusal = current.length() <= PasswordPolicy.MAX_LENGTH
                && accounts.passwordMatches(user.account(), current)
                ? PasswordPolicy.refusal(replacement) : Optional.of("password.wrong");
        if (refusal.isPresent()) {
            response.setStatus(400);
            model.addAttribute("formError", refusal.get());
            return "console/password";
        }
        accounts.changePassword(user.account().id(), replacement);
        long now = clock.millis() + 1;
        cookies.writeSession(response, new ConsoleSession(user.account().id(), RandomTokens.alphanumeric(32), now, now));
        changes.record(user, request, "account.password", user.username(), user.account().merchantId(), "password=(changed)");
        return "redirect:/console?passwordChanged";
    }
}
