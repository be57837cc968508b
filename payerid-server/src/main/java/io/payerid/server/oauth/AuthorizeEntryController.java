package io.payerid.server.oauth;

import io.payerid.server.web.BrowserFlow;
import io.payerid.server.web.Redirects;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The redirect entry ({@link AuthorizeEntry}) as an MVC mapping. Requests for the path are answered by
 * {@link AuthorizeEntryServlet} ahead of the dispatcher; this mapping is what the dispatcher answers when a
 * request reaches it all the same (a forward), and what lists the endpoint among the gateway's mappings (the
 * API docs, the hostile suite's catalog).
 */
@Controller
@BrowserFlow
public class AuthorizeEntryController {

    static final String PATH = "/v1/oauth/authorize";

    private final AuthorizeEntry entry;

    public AuthorizeEntryController(AuthorizeEntry entry) {
        this.entry = entry;
    }

    @GetMapping(PATH)
    public ResponseEntity<Void> authorize(HttpServletRequest request, HttpServletResponse response) {
        return Redirects.found(entry.start(request, response));
    }
}
