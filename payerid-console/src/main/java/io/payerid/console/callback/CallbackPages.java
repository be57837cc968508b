package io.payerid.console.callback;

import io.payerid.console.audit.ConsoleChanges;
import io.payerid.console.port.CallbackHistory;
import io.payerid.console.port.CallbackHistory.Callback;
import io.payerid.console.port.CallbackHistory.Filter;
import io.payerid.console.port.CallbackHistory.RetryRefusal;
import io.payerid.console.session.ConsoleUser;
import io.payerid.console.web.ConsoleAccess;
import io.payerid.console.web.ConsoleRefusal;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.TenantDirectory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Merchant callbacks: the list (filters, keyset pages), one callback with every attempt, and "retry now". Platform
 * roles see every merchant's; a merchant user only its own (the merchant filter is forced to it, and another
 * merchant's callback is "not found" like an unknown one). Platform operators and the owning merchant user retry;
 * an auditor reads.
 */
@Controller
public class CallbackPages {

    /** Bounded: a page is one indexed query of at most this many rows. */
    static final int PAGE_SIZE = 50;
    private static final int MAX_ID = 64;
    private static final CallbackHistory.Page NOTHING = new CallbackHistory.Page(List.of(), null);

    private final CallbackHistory history;
    private final TenantDirectory directory;
    private final ConsoleAccess access;
    private final ConsoleChanges changes;

    public CallbackPages(CallbackHistory history, TenantDirectory directory, ConsoleAccess access, ConsoleChanges changes) {
        this.history = history;
        this.directory = directory;
        this.access = access;
        this.changes = changes;
    }

    @GetMapping("/console/callbacks")
    String list(ConsoleUser user, @RequestParam(defaultValue = "") String status,
                @RequestParam(defaultValue = "") String merchant, @RequestParam(defaultValue = "") String app,
                @RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
                @RequestParam(defaultValue = "") String reference, @RequestParam(required = false) String after,
                Model model, HttpServletResponse response) {
        CallbackFilterForm form = new CallbackFilterForm(status, merchant, app, from, to, reference);
        if (user.role().merchantScoped()) {
            form = form.forMerchant(ownMchNo(user));
        }
        model.addAttribute("form", form);
        model.addAttribute("statuses", CallbackHistory.Status.values());
        model.addAttribute("after", after);
        Optional<String> problem = form.problem();
        problem.ifPresent(key -> {
            response.setStatus(400);
            model.addAttribute("formError", key);
        });
        model.addAttribute("page", problem.isPresent() ? NOTHING
                : filter(user, form).map(f -> history.list(f, after, PAGE_SIZE)).orElse(NOTHING));
        return "console/callbacks";
    }

    /** The port's filter: a merchant user's own merchant forced; empty when the typed merchant number does not exist. */
    private Optional<Filter> filter(ConsoleUser user, CallbackFilterForm form) {
        ZoneId zone = ZoneId.systemDefault();
        if (user.role().merchantScoped()) {
            return Optional.of(form.filter(user.account().merchantId(), zone));
        }
        if (form.merchant().isEmpty()) {
            return Optional.of(form.filter(null, zone));
        }
        return directory.merchantByMchNo(form.merchant()).map(merchant -> form.filter(merchant.id(), zone));
    }

    @GetMapping("/console/callbacks/{id}")
    String show(ConsoleUser user, @PathVariable String id, Model model) {
        Callback callback = readable(user, id);
        model.addAttribute("callback", callback);
        model.addAttribute("attempts", history.attempts(callback.id()));
        model.addAttribute("canRetry", user.role().operatesPlatform() || user.role().merchantScoped());
        return "console/callback";
    }

    @PostMapping("/console/callbacks/{id}/retry")
    String retry(ConsoleUser user, @PathVariable String id, HttpServletRequest http) {
        Callback callback = readable(user, id);
        access.requireChangeableRecordOf(user, callback.merchantId());
        Optional<RetryRefusal> refusal = callback.refusal().or(() -> history.retry(callback.id()));
        if (refusal.isPresent()) {
            throw new ConsoleRefusal(409, "callback.refusal." + refusal.get().name());
        }
        // The notification id and reference only: the body names the payer and has no place in the audit log.
        changes.record(user, http, "callback.retry", callback.id(), callback.merchantId(), "reference="
                + callback.reference() + ", status=" + callback.status() + ", attempts=" + callback.attempts());
        // A query flag, not a flash attribute: flash attributes live in an HTTP session, which the console never opens.
        return "redirect:/console/callbacks/" + callback.id() + "?retried";
    }

    /** The callback when this user may read it; unknown, oversized and another merchant's ids alike "not found". */
    private Callback readable(ConsoleUser user, String id) {
        if (id.length() > MAX_ID) {
            throw ConsoleRefusal.notFound();
        }
        Callback callback = history.callback(id).orElseThrow(ConsoleRefusal::notFound);
        access.requireReadableRecordOf(user, callback.merchantId());
        return callback;
    }

    private String ownMchNo(ConsoleUser user) {
        return directory.merchantById(user.account().merchantId()).map(Merchant::mchNo).orElse("");
    }
}
