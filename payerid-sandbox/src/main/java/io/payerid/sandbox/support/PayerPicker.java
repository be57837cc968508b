package io.payerid.sandbox.support;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Chooses which sandbox payer the browser "is": {@code GET {list}} lists them and
 * {@code GET {select}?user=ID[&return=PATH]} sets the simulator's {@link PayerCookie}, then goes back to
 * {@code return} (or to the list). An authorize request that finds no payer shows the same list through
 * {@link #askFor}, with links that come back to it. Each simulator subclasses it for its wording only.
 *
 * @param <P> the simulator's payer type
 */
public abstract class PayerPicker<P extends SandboxPayer> {

    private final PayerRoster<P> roster;
    private final PayerCookie cookie;
    private final PayerPickerPage<P> page;
    private final String listPath;
    private final String selectPath;

    /**
     * @param title      the page's title and heading, e.g. 选择沙箱微信用户
     * @param listPath   where {@link #page} is mounted, without the servlet context path
     * @param selectPath where {@link #select} is mounted, without the servlet context path
     */
    protected PayerPicker(PayerRoster<P> roster, PayerCookie cookie, HtmlPage shell, String title, String listPath,
                          String selectPath) {
        this.roster = roster;
        this.cookie = cookie;
        this.page = new PayerPickerPage<>(shell, title, this::describe);
        this.listPath = listPath;
        this.selectPath = selectPath;
    }

    /** What the list shows after a payer's name, e.g. the id and where they are. */
    protected abstract String describe(P payer);

    /** The payer the browser has chosen, if it has chosen one the roster knows. */
    public Optional<P> chosen(ServerRequest request) {
        return cookie.read(request, roster);
    }

    public ServerResponse page(ServerRequest request) {
        return page.render(HttpStatus.OK, roster.all(), chosen(request), selectHref(request), safeReturn(request), null);
    }

    public ServerResponse select(ServerRequest request) {
        Optional<P> payer = roster.find(request.param("user").orElse(null));
        if (payer.isEmpty()) {
            return page.render(HttpStatus.BAD_REQUEST, roster.all(), chosen(request), selectHref(request),
                    safeReturn(request), "没有这个沙箱用户");
        }
        String returnTo = safeReturn(request);
        String target = returnTo != null ? returnTo : request.servletRequest().getContextPath() + listPath;
        return ServerResponse.status(HttpStatus.FOUND)
                .header(HttpHeaders.LOCATION, target)
                .header(HttpHeaders.SET_COOKIE, cookie.setCookieHeader(payer.get()))
                .build();
    }

    /** The list for a request that needs a payer first; the picker's links come back to that very request. */
    public ServerResponse askFor(ServerRequest request, String notice) {
        String query = request.servletRequest().getQueryString();
        String thisRequest = request.servletRequest().getRequestURI() + (query == null ? "" : "?" + query);
        return page.render(HttpStatus.OK, roster.all(), Optional.empty(), selectHref(request), thisRequest, notice);
    }

    private String selectHref(ServerRequest request) {
        return request.servletRequest().getContextPath() + selectPath;
    }

    /**
     * Only same-origin absolute paths are followed, so the picker cannot be used as an open
     * redirect ("//evil.example", "/\evil.example" and header-splitting characters are dropped).
     * The path is returned in ASCII form, since Tomcat drops a Location it cannot encode.
     */
    private static String safeReturn(ServerRequest request) {
        String value = request.param("return").orElse(null);
        if (value == null || !value.startsWith("/") || value.startsWith("//") || value.contains("\\")) {
            return null;
        }
        try {
            URI uri = new URI(value);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? uri.toASCIIString() : null;
        } catch (URISyntaxException e) {
            // Includes control characters and spaces: nothing a browser-made link would contain.
            return null;
        }
    }
}
