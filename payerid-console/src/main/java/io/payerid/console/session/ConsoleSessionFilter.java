package io.payerid.console.session;

import io.payerid.console.account.ConsoleAccount;
import io.payerid.console.account.ConsoleAccounts;
import io.payerid.core.signing.ConstantTime;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every {@code /console} request except the login page needs a live session: the sealed cookie opens, is within
 * its idle and absolute timeouts, and names an enabled account whose password has not changed since. Without one,
 * the browser goes to the login page. Every request that is not a GET or HEAD must also carry the session's CSRF
 * token as the {@code _csrf} form field or the {@code X-CSRF-Token} header (synchronizer token; compared in
 * constant time; no other site can set either), else 403: the pages change nothing on GET. Runs before Spring MVC, so no console handler is reached by an anonymous caller.
 */
public class ConsoleSessionFilter extends OncePerRequestFilter {

    public static final String CSRF_FIELD = "_csrf";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> PUBLIC_PATHS = Set.of("/console/login", "/console/login/totp", "/console/language");
    private static final byte[] CSRF_REFUSED = ("<!doctype html><meta charset=utf-8><title>403</title>"
            + "<p>请求已过期或来源不明,请返回重试。 (The form expired or did not come from this console: go back and retry.)")
            .getBytes(StandardCharsets.UTF_8);

    private final SessionCookies cookies;
    private final SessionPolicy policy;
    private final ConsoleAccounts accounts;
    private final Clock clock;

    public ConsoleSessionFilter(SessionCookies cookies, SessionPolicy policy, ConsoleAccounts accounts, Clock clock) {
        this.cookies = cookies;
        this.policy = policy;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals("/console") || path.startsWith("/console/")) || PUBLIC_PATHS.contains(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long now = clock.millis();
        Optional<ConsoleUser> user = cookies.readSession(request).filter(s -> policy.alive(s, now))
                .flatMap(session -> accounts.byId(session.accountId())
                        .filter(ConsoleAccount::enabled)
                        .filter(account -> session.issuedAt() >= account.sessionsAfter())
                        .map(account -> new ConsoleUser(account, session)));
        if (user.isEmpty()) {
            cookies.clearSession(response);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader(HttpHeaders.LOCATION, request.getContextPath() + "/console/login");
            return;
        }
        if (!safeMethod(request) && !csrfMatches(request, user.get().csrfToken())) {
            refuse(response);
            return;
        }
        if (now - user.get().session().lastSeenAt() > SessionPolicy.RENEW_AFTER.toMillis()) {
            cookies.writeSession(response, user.get().session().touchedAt(now));
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        request.setAttribute(ConsoleUser.REQUEST_ATTRIBUTE, user.get());
        chain.doFilter(request, response);
    }

    private static boolean safeMethod(HttpServletRequest request) {
        return request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
    }

    /** A body the container cannot parse (bad encoding, wrong content type) carries no token either. */
    static boolean csrfMatches(HttpServletRequest request, String expected) {
        String presented = request.getHeader(CSRF_HEADER);
        if (presented == null) {
            try {
                presented = request.getParameter(CSRF_FIELD);
            } catch (RuntimeException e) {
                return false;
            }
        }
        return presented != null && ConstantTime.equals(expected, presented);
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(CSRF_REFUSED.length);
        response.getOutputStream().write(CSRF_REFUSED);
    }
}
