package io.payerid.console.web;

import io.payerid.console.session.SessionCookies;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * zh-CN on console pages unless the language cookie says English; every other path keeps Spring's default
 * (the request's Accept-Language), so nothing outside the console changes.
 */
public class ConsoleLocaleResolver extends AcceptHeaderLocaleResolver {

    public static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/console")) {
            return super.resolveLocale(request);
        }
        return SessionCookies.value(request, SessionCookies.LANGUAGE).filter("en"::equals)
                .map(tag -> Locale.ENGLISH).orElse(DEFAULT);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("the console's language is chosen with its language cookie");
    }
}
