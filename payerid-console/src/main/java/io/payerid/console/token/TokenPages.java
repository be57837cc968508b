package io.payerid.console.token;

import io.payerid.console.account.ConsoleAccount;
import io.payerid.console.account.ConsoleAccounts;
import io.payerid.console.account.ConsoleRole;
import io.payerid.console.audit.ConsoleChanges;
import io.payerid.console.session.ConsoleUser;
import io.payerid.console.web.ConsoleRefusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * API tokens for the admin API: every account lists, creates and revokes its own; a platform admin sees and revokes
 * every account's. The value is shown once, on the answer to the POST that created it.
 */
@Controller
@RequestMapping("/console/tokens")
public class TokenPages {

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} _.\\-]{0,63}");
    private static final Pattern DAYS = Pattern.compile("[1-9][0-9]{0,3}");

    private final ApiTokens tokens;
    private final ConsoleAccounts accounts;
    private final ConsoleChanges changes;
    private final Clock clock;

    public TokenPages(ApiTokens tokens, ConsoleAccounts accounts, ConsoleChanges changes, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.changes = changes;
        this.clock = clock;
    }

    @GetMapping
    String list(ConsoleUser user, Model model) {
        boolean everyone = user.role().managesAccounts();
        model.addAttribute("tokens", everyone ? tokens.all() : tokens.ofAccount(user.account().id()));
        model.addAttribute("owners", everyone ? accounts.all().stream()
                .collect(Collectors.toMap(ConsoleAccount::id, ConsoleAccount::username)) : Map.of());
        model.addAttribute("grantable", grantable(user.role()));
        model.addAttribute("now", clock.millis());
        return "console/tokens";
    }

    @PostMapping
    String create(ConsoleUser user, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "") String role, @RequestParam(defaultValue = "") String expiresInDays,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        ConsoleRole scope = grantable(user.role()).stream().filter(r -> r.name().equals(role)).findFirst().orElse(null);
        String refusal = !NAME.matcher(name).matches() ? "tokens.name.invalid"
                : scope == null ? "tokens.role.invalid"
                : !expiresInDays.isEmpty() && !DAYS.matcher(expiresInDays).matches() ? "tokens.expiry.invalid" : null;
        if (refusal != null) {
            response.setStatus(400);
            model.addAttribute("formError", refusal);
            return list(user, model);
        }
        Long expiresAt = expiresInDays.isEmpty() ? null
                : clock.millis() + Duration.ofDays(Integer.parseInt(expiresInDays)).toMillis();
        IssuedToken issued = tokens.issue(user.account(), name, scope, expiresAt);
        changes.record(user, request, "token.create", name, user.account().merchantId(),
                "role=" + scope + ", prefix=" + issued.token().prefix() + ", expiresInDays="
                        + (expiresInDays.isEmpty() ? "never" : expiresInDays));
        response.setHeader("Cache-Control", "no-store"); // the value must not come back from a cache or history
        model.addAttribute("token", issued.token());
        model.addAttribute("tokenValue", issued.value());
        return "console/token-created";
    }

    @PostMapping("/{id}/revoke")
    String revoke(ConsoleUser user, @PathVariable String id, HttpServletRequest request) {
        ApiToken token = tokens.byId(id)
                .filter(t -> user.role().managesAccounts() || t.accountId().equals(user.account().id()))
                .orElseThrow(ConsoleRefusal::notFound);
        tokens.revoke(token.id());
        String owner = accounts.byId(token.accountId()).map(ConsoleAccount::username).orElse(token.accountId());
        changes.record(user, request, "token.revoke", owner + "/" + token.name(),
                accounts.byId(token.accountId()).map(ConsoleAccount::merchantId).orElse(null),
                "prefix=" + token.prefix());
        return "redirect:/console/tokens";
    }

    private static List<ConsoleRole> grantable(ConsoleRole own) {
        return Arrays.stream(ConsoleRole.values()).filter(own::mayGrant).toList();
    }
}
