package io.payerid.console.dashboard;

import io.payerid.console.port.DashboardFigures;
import io.payerid.console.session.ConsoleUser;
import io.payerid.console.web.ConsoleAccess;
import io.payerid.console.web.TimeFormat;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard: flows per channel and dialect over the last hour, day or week, success rate, top error codes,
 * upstream latency p50/p99 and the callback backlog, for the whole cluster or one node. Platform readers only:
 * the figures are not kept per merchant, so a merchant user has no dashboard (docs/console.md).
 */
@Controller
public class DashboardPages {

    private final DashboardFigures figures;
    private final ConsoleAccess access;
    private final Clock clock;
    private final TimeFormat times = new TimeFormat();

    public DashboardPages(DashboardFigures figures, ConsoleAccess access, Clock clock) {
        this.figures = figures;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/console/dashboard")
    String show(ConsoleUser user, @RequestParam(defaultValue = "24h") String window,
                @RequestParam(defaultValue = "") String node, Model model) {
        access.requirePlatformReader(user);
        DashboardWindow range = DashboardWindow.of(window);
        long since = range.since(clock.millis());
        List<String> nodes = figures.nodes(since);
        // A node that wrote nothing in the window (or a made-up name) shows the whole cluster, like no choice.
        String chosen = nodes.contains(node) ? node : null;
        model.addAttribute("window", range.param());
        model.addAttribute("windows", List.of(DashboardWindow.values()).stream().map(DashboardWindow::param).toList());
        model.addAttribute("nodes", nodes);
        model.addAttribute("node", chosen == null ? "" : chosen);
        model.addAttribute("view", DashboardView.of(figures.flows(since, range.binMillis(), chosen),
                figures.latencies(since, chosen), since, range.binMillis(), range.bins(), times::at));
        model.addAttribute("callbacks", figures.callbacks());
        return "console/dashboard";
    }
}
