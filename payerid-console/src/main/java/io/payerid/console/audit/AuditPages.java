package io.payerid.console.audit;

import io.payerid.console.session.ConsoleUser;
import io.payerid.console.web.PageSlice;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log, newest first, searchable; a merchant user sees only its own merchant's events. */
@Controller
public class AuditPages {

    private final AuditLog log;

    public AuditPages(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/console/audit")
    String list(ConsoleUser user, @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
                Model model) {
        String merchantId = user.role().merchantScoped() ? user.account().merchantId() : null;
        int p = Math.max(0, Math.min(page, 10_000));
        String query = q.length() > 100 ? q.substring(0, 100) : q;
        List<AuditEvent> rows = log.search(query, merchantId, p * PageSlice.SIZE, PageSlice.SIZE + 1);
        boolean hasNext = rows.size() > PageSlice.SIZE;
        model.addAttribute("events", new PageSlice<>(hasNext ? rows.subList(0, PageSlice.SIZE) : rows, p, hasNext, query));
        return "console/audit";
    }
}
