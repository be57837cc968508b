package io.payerid.server.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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

    static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:;"
            + " base-uri 'none'; frame-ancestors 'none'";
    static final String SWAGGER_UI_POLICY = "frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Content-Security-Policy", isSwaggerUi(request) ? SWAGGER_UI_POLICY : PAGE_POLICY);
        chain.doFilter(request, response);
    }

    private static boolean isSwaggerUi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/swagger-ui.html") || path.startsWith("/swagger-ui/");
    }
}
