package io.payerid.server.oauth;

import io.payerid.core.flow.AuthorizationFlow;
import io.payerid.core.flow.AuthorizationRequest;
import io.payerid.core.flow.BrowserKey;
import io.payerid.core.flow.FlowCompletion;
import io.payerid.core.flow.FlowLinks;
import io.payerid.core.flow.StartedFlow;
import io.payerid.core.flow.UpstreamCallback;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.server.config.PayerIdProperties;
import io.payerid.server.web.RequestParameters;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The web half of binding a flow to the payer's browser (RFC 9700 §4.7), for every entry point (native,
 * QR, each seed dialect): a fresh random key in a cookie scoped to the flow's own callback path, its hash
 * in the seal, and the cookie read back at the callback.
 *
 * <p>One cookie per flow, not per browser: a payer with two flows in parallel tabs has two cookies, each
 * sent only to its own callback, so neither tab overwrites the other's. {@code HttpOnly};
 * {@code SameSite=Lax}, which browsers (the WeChat, Alipay and 云闪付 in-app ones included) send on the
 * upstream's top-level GET redirect back to us; {@code Secure} only when the public base URL is https, since
 * browsers drop Secure cookies on plain http (embedded mode on http://localhost); {@code Max-Age} the flow
 * lifetime, after which the seal is refused anyway.
 */
@Component
public class BrowserBinding {

    static final String COOKIE = "payerid_flow";

    private final AuthorizationFlow flow;
    private final FlowLinks links;
    private final FlowCookie cookie;

    public BrowserBinding(AuthorizationFlow flow, FlowLinks links, PayerIdProperties properties, Clock clock) {
        this.flow = flow;
        this.links = links;
        this.cookie = new FlowCookie(clock, properties.flowTtl().toSeconds(),
                properties.publicBaseUrl().regionMatches(true, 0, "https:", 0, 6));
    }

    /** Starts a flow bound to this browser and returns the upstream URL; the cookie goes on {@code response}. */
    public String start(AuthorizationRequest request, HttpServletResponse response) {
        BrowserKey key = BrowserKey.generate();
        return bound(flow.start(request, key), key, response);
    }

    private String bound(StartedFlow started, BrowserKey key, HttpServletResponse response) {
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.setCookie(key, pathOf(started.callbackUrl())));
        return started.upstreamUrl();
    }

    /** Starts the flow of a link the merchant showed ({@link FlowLinks}) in this browser; returns the upstream URL. */
    public String open(String linkToken, HttpServletResponse response) {
        BrowserKey key = BrowserKey.generate();
        return bound(links.open(linkToken, key), key, response);
    }

    /** Completes a flow from its callback request, with the browser key the request carries (if any). */
    public FlowCompletion complete(ChannelKind kind, String sealed, HttpServletRequest request) {
        UpstreamCallback callback = new UpstreamCallback(RequestParameters.single(request), request.getHeader("User-Agent"));
        return flow.complete(kind, sealed, callback, browserKey(request));
    }

    /**
     * The raw path of a callback URL the flow just built ({@code scheme://authority/path}, no query or
     * fragment), found by position instead of a {@code java.net.URI} parse of text we wrote ourselves.
     */
    static String pathOf(String callbackUrl) {
        int authority = callbackUrl.indexOf("://");
        int path = callbackUrl.indexOf('/', authority < 0 ? 0 : authority + 3);
        if (path < 0) {
            return "/";
        }
        // String.indexOf is vectorised; a charAt loop over the ~400-character sealed path was 3% of the entry.
        int end = firstOrLength(callbackUrl, callbackUrl.indexOf('?', path));
        end = Math.min(end, firstOrLength(callbackUrl, callbackUrl.indexOf('#', path)));
        return callbackUrl.substring(path, end);
    }

    private static int firstOrLength(String text, int index) {
        return index < 0 ? text.length() : index;
    }

    /** The most specific path comes first (RFC 6265 §5.4), so the first well-formed one is this flow's. */
    private static Optional<BrowserKey> browserKey(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName()))
                .map(c -> BrowserKey.parse(c.getValue())).flatMap(Optional::stream).findFirst();
    }
}
