package io.payerid.console.web;

import io.payerid.console.port.SandboxTrials;
import io.payerid.console.session.ConsoleUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page's layout needs: the logged-in user (null on the login page) and its CSRF token. */
@ControllerAdvice(basePackages = "io.payerid.console")
public class ConsoleModel {

    private static final TimeFormat FORMAT = new TimeFormat();

    private final SandboxTrials trials;

    public ConsoleModel(SandboxTrials trials) {
        this.trials = trials;
    }

    /** Whether the nav shows "Try it": only with the sandbox, whose wallet plays the payer. */
    @ModelAttribute("tryIt")
    boolean tryIt() {
        return trials.enabled();
    }

    @ModelAttribute("me")
    ConsoleUser me(HttpServletRequest request) {
        return (ConsoleUser) request.getAttribute(ConsoleUser.REQUEST_ATTRIBUTE);
    }

    @ModelAttribute("fmt")
    TimeFormat fmt() {
        return FORMAT;
    }

    @ModelAttribute("csrf")
    String csrf(HttpServletRequest request) {
        ConsoleUser user = me(request);
        return user == null ? "" : user.csrfToken();
    }
}
