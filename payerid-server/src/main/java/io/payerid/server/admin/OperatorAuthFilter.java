package io.payerid.server.admin;

import io.payerid.console.token.ApiTokens;
import io.payerid.console.token.TokenCaller;
import io.payerid.core.error.ErrorCode;
import io.payerid.server.requestid.RequestIds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards the operator's surfaces ({@code /admin/**}, actuator, OpenAPI and Swagger UI): the request must
 * carry {@code Authorization: Bearer <token>}, either the configured operator token (everything) or an account's
 * API token ({@code pid_...}), which may do what {@link AdminTokenScope} allows its role. Runs before Spring MVC, so unknown paths are not
 * revealed to unauthenticated callers either. Only the exact raw paths in {@code publicPaths} (the health
 * probes) pass without it: no prefix match, so {@code /actuator/health;x/../env} needs the token too.
 */
public class OperatorAuthFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    private static final String UNAUTHORIZED_MESSAGE = "Missing, wrong, revoked or expired token (Authorization: Bearer"
            + " <operator token or account API token>)";
    private static final String FORBIDDEN_MESSAGE = "The API token's role does not allow this request";
    private static final String NOT_FOUND_MESSAGE = "No such resource for this API token's merchant";

    private final OperatorToken token;
    private final ApiTokens accountTokens;
    private final AdminTokenScope scope;
    private final Set<String> publicPaths;

    OperatorAuthFilter(OperatorToken token, ApiTokens accountTokens, AdminTokenScope scope, Set<String> publicPaths) {
        this.token = token;
        this.accountTokens = accountTokens;
        this.scope = scope;
        this.publicPaths = Set.copyOf(publicPaths);
    }

    /** The error body, with the request id like every JSON error (all its parts are JSON-safe characters only). */
    private static String errorBody(ErrorCode code, String message) {
        String id = RequestIds.current();
        return "{\"code\":\"" + code.name() + "\",\"message\":\"" + message + "\""
                + (id == null ? "}" : ",\"requestId\":\"" + id + "\"}");
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
        if (token.matches(presented)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<TokenCaller> caller = accountTokens.resolve(presented);
        if (caller.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"payerid-admin\"");
            refuse(response, ErrorCode.UNAUTHORIZED, UNAUTHORIZED_MESSAGE);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<ErrorCode> refusal = scope.refusal(caller.get(), request.getMethod(), path);
        if (refusal.isPresent()) {
            refuse(response, refusal.get(),
                    refusal.get() == ErrorCode.NOT_FOUND ? NOT_FOUND_MESSAGE : FORBIDDEN_MESSAGE);
            return;
        }
        AdminCaller.set(request, caller.get());
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, ErrorCode code, String message) throws IOException {
        response.setStatus(code.httpStatus());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        byte[] body = errorBody(code, message).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
