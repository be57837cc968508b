package io.payerid.console.session;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The console's cookies: the sealed session and the login form's CSRF token. Both are HttpOnly,
 * SameSite=Strict (no other site's page can make the browser send them) and scoped to {@code /console}.
 */
public final class SessionCookies {

    public static final String SESSION = "payerid_console";
    public static final String LOGIN_CSRF = "payerid_console_login";
    public static final String LANGUAGE = "payerid_console_lang";
    private static final String PATH = "/console";

    private final SessionSealer sealer;
    private final SessionPolicy policy;

    public SessionCookies(SessionSealer sealer, SessionPolicy policy) {
        this.sealer = sealer;
        this.policy = policy;
    }

    public void writeSession(HttpServletResponse response, ConsoleSession session) {
        write(response, SESSION, sealer.seal(session), policy.maxAge().toSeconds());
    }

    public void clearSession(HttpServletResponse response) {
        write(response, SESSION, "", 0);
    }

    public Optional<ConsoleSession> readSession(HttpServletRequest request) {
        return value(request, SESSION).flatMap(sealer::open);
    }

    public void writeLoginCsrf(HttpServletResponse response, String token) {
        write(response, LOGIN_CSRF, token, 3600);
    }

    public void writeLanguage(HttpServletResponse response, String tag) {
        write(response, LANGUAGE, tag, 365L * 24 * 3600);
    }

    public static Optional<String> value(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (name.equals(cookie.getName())) {
                return Optional.ofNullable(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private void write(HttpServletResponse response, String name, String value, long maxAgeSeconds) {
        ResponseCookie cookie = ResponseCookie.from(name, value).path(PATH).httpOnly(true).sameSite("Strict")
                .secure(policy.secureCookies()).maxAge(maxAgeSeconds).build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
