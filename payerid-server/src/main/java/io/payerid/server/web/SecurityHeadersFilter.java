package io.payerid.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hardening headers on every response the application writes (payer pages, APIs, admin, sandbox, errors).
 * No page of ours is meant to be framed (the sandbox wallet simulator follows hops server-side), so framing
 * is denied everywhere. Payer pages carry one-time codes and sealed state in their URLs, so no Referer
 * leaves them. Our HTML pages use no scripts, only inline {@code <style>} and inline SVG, which the page
 * policy allows and nothing more; Swagger UI runs its own scripts, so it gets only the framing rules.
 */
public class SecurityHeadersFilter extends OncePerRequestFilter {

    private static final String CSP = "Content-Security-Policy";
    static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:;"
            + " base-uri 'none'; frame-ancestors 'none'";
    static final String SWAGGER_UI_POLICY = "frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader(CSP, isSwaggerUi(request) ? SWAGGER_UI_POLICY : PAGE_POLICY);
        chain.doFilter(request, new OwnPolicyReplacesDefault(response));
    }

    /**
     * A page that sends its own policy (the form_post page allows its one script by hash) replaces the default
     * instead of adding a second header: browsers enforce every CSP header they get, so the default's
     * {@code default-src 'none'} would still block that script.
     */
    private static final class OwnPolicyReplacesDefault extends HttpServletResponseWrapper {

        OwnPolicyReplacesDefault(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }

    private static boolean isSwaggerUi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/swagger-ui.html") || path.startsWith("/swagger-ui/");
    }
}
