package io.payerid.server.oauth;

import io.payerid.server.web.BrowserFlow;
import io.payerid.server.web.Redirects;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code GET /v1/oauth/link/{token}}: the {@code authorizeUrl} the authorize-url API answers. The payer's
 * browser opening it gets the flow bound to it and goes on to the upstream; a link that expired or was
 * tampered with shows the zh-CN payer page.
 */
@Controller
@BrowserFlow
public class AuthorizeLinkController {

    public static final String PATH = "/v1/oauth/link/";

    private final BrowserBinding binding;

    public AuthorizeLinkController(BrowserBinding binding) {
        this.binding = binding;
    }

    @GetMapping(PATH + "{token}")
    public ResponseEntity<Void> open(@PathVariable String token, HttpServletResponse response) {
        return Redirects.found(binding.open(token, response));
    }
}
