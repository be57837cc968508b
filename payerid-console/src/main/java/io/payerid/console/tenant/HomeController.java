package io.payerid.console.tenant;

import io.payerid.console.session.ConsoleUser;
import io.payerid.core.tenant.TenantDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's start page: platform roles see the onboarding path, a merchant user goes to its merchant. */
@Controller
public class HomeController {

    private final TenantDirectory directory;

    public HomeController(TenantDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/console")
    String home(ConsoleUser user, Model model) {
        if (user.role().merchantScoped()) {
            return directory.merchantById(user.account().merchantId())
                    .map(m -> "redirect:/console/merchants/" + m.mchNo()).orElse("console/home");
        }
        return "console/home";
    }
}
