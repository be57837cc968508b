package io.payerid.console.account;

import io.payerid.console.audit.ConsoleChanges;
import io.payerid.console.session.ConsoleUser;
import io.payerid.console.web.ConsoleAccess;
import io.payerid.console.web.ConsoleRefusal;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.TenantDirectory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Console accounts, for platform admins only: list, create (a merchant user names its merchant), enable/disable. */
@Controller
@RequestMapping("/console/accounts")
public class AccountPages {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.@\\-]{2,63}");

    private final ConsoleAccounts accounts;
    private final TenantDirectory directory;
    private final ConsoleAccess access;
    private final ConsoleChanges changes;

    public AccountPages(ConsoleAccounts accounts, TenantDirectory directory, ConsoleAccess access, ConsoleChanges changes) {
        this.accounts = accounts;
        this.directory = directory;
        this.access = access;
        this.changes = changes;
    }

    @GetMapping
    String list(ConsoleUser user, Model model) {
        access.requireAccountAdmin(user);
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("roles", ConsoleRole.values());
        return "console/accounts";
    }

    @PostMapping
    String create(ConsoleUser user, @RequestParam(defaultValue = "") String username,
                  @RequestParam(defaultValue = "") String password, @RequestParam ConsoleRole role,
                  @RequestParam(defaultValue = "") String mchNo, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        access.requireAccountAdmin(user);
        Optional<String> refusal = USERNAME.matcher(username).matches() ? PasswordPolicy.refusal(password)
                : Optional.of("account.username");
        Optional<Merchant> merchant = role.merchantScoped() ? directory.merchantByMchNo(mchNo) : Optional.empty();
        if (refusal.isEmpty() && role.merchantScoped() && merchant.isEmpty()) {
            refusal = Optional.of("account.merchant");
        }
        if (refusal.isPresent()) {
            return withError(user, response, model, refusal.get(), null);
        }
        try {
            accounts.create(username, password, role, merchant.map(Merchant::id).orElse(null));
        } catch (PayerIdException e) {
            return withError(user, response, model, "form.refused", e.detail());
        }
        changes.record(user, request, "account.create", username, merchant.map(Merchant::id).orElse(null),
                "role=" + role + (merchant.isPresent() ? ", mchNo=" + mchNo : "") + ", password=(set)");
        return "redirect:/console/accounts";
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(ConsoleUser user, @PathVariable String id, @RequestParam(defaultValue = "false") boolean enabled,
                      HttpServletRequest request) {
        access.requireAccountAdmin(user);
        ConsoleAccount account = accounts.byId(id).orElseThrow(ConsoleRefusal::notFound);
        if (account.id().equals(user.account().id())) {
            throw ConsoleRefusal.forbidden();
        }
        accounts.setEnabled(id, enabled);
        changes.record(user, request, "account.enabled", account.username(), account.merchantId(), "enabled=" + enabled);
        return "redirect:/console/accounts";
    }

    private String withError(ConsoleUser user, HttpServletResponse response, Model model, String key, String detail) {
        response.setStatus(400);
        model.addAttribute("formError", key);
        model.addAttribute("formDetail", detail);
        return list(user, model);
    }
}
