package io.payerid.console.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Any /console path no page maps (or a mapped path with a method it does not take) is the console's own
 * "not found" page, not the JSON of the APIs: more specific mappings always win over this one.
 */
@Controller
public class ConsoleFallbackController {

    @RequestMapping("/console/**")
    void unknown() {
        throw ConsoleRefusal.notFound();
    }
}
