package io.payerid.server.admin;

import io.payerid.core.error.ErrorCode;
import io.payerid.server.requestid.RequestIds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the operator's surfaces ({@code /admin/**}, actuator, OpenAPI and Swagger UI): the request must
 * carry {@code Authorization: Bearer <operator token>}. Runs before Spring MVC, so unknown paths are not
 * revealed to unauthenticated callers either. Only the exact raw paths in {@code publicPaths} (the health
 * probes) pass without it: no prefix match, so {@code /actuator/health;x/../env} needs the token too.
 */
public class OperatorAuthFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    private static final String UNAUTHORIZED_BODY = "{\"code\":\"" + ErrorCode.UNAUTHORIZED.name()
            + "\",\"message\":\"Missing or wrong operator token (Authorization: Bearer <token>)\"";

    private final OperatorToken token;
    private final Set<String> publicPaths;

    public OperatorAuthFilter(OperatorToken token, Set<String> publicPaths) {
        this.token = token;
        this.publicPaths = Set.copyOf(publicPaths);
    }

    /** The 401 body, with the request id like every JSON error (it is made of JSON-safe characters only). */
    private static String unauthorizedBody() {
        String id = RequestIds.current();
        return UNAUTHORIZED_BODY + (id == null ? "}" : ",\"requestId\":\"" + id + "\"}");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return publicPaths.contains(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        String presented = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? header.substring(BEARER.length()).trim()
                : null;
        if (!token.matches(presented)) {
            response.setStatus(ErrorCode.UNAUTHORIZED.httpStatus());
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"payerid-admin\"");
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            byte[] body = unauthorizedBody().getBytes(StandardCharsets.UTF_8);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        chain.doFilter(request, response);
    }
}
