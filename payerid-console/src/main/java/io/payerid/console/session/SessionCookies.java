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
    /** A login whose password was right, waiting for its TOTP code (account id and time, sealed). */
    public static final String TOTP_PENDING = "payerid_console_totp";
    /** How long the code may take after the password. */
    public static final long TOTP_PENDING_SECONDS = 300;
    private static final String PATH = "/console";

    private final SessionSealer sealer;
    private final SessionSealer pendingSealer;
    private final SessionPolicy policy;

    public SessionCookies(SessionSealer sealer, SessionSealer pendingSealer, SessionPolicy policy) {
        this.sealer = sealer;
        this.pendingSealer = pendingSealer;
        this.policy = policy;
    }

    public void writeTotpPending(HttpServletResponse response, ConsoleSession pending) {
        write(response, TOTP_PENDING, pendingSealer.seal(pending), TOTP_PENDING_SECONDS);
    }

    /** The pending login, when its cookie opens and is younger than {@link #TOTP_PENDING_SECONDS}. */
    public Optional<ConsoleSession> readTotpPending(HttpServletRequest request, long now) {
        return value(request, TOTP_PENDING).flatMap(pendingSealer::open)
                .filter(p -> now - p.issuedAt() >= 0 && now - p.issuedAt() < TOTP_PENDING_SECONDS * 1000);
    }

    public void clearTotpPending(HttpServletResponse response) {
        write(response, TOTP_PENDING, "", 0);
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
