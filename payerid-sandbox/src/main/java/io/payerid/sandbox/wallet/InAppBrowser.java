package io.payerid.sandbox.wallet;

import io.payerid.sandbox.support.BrowserCookieJar;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wallet app's in-app browser, run by the sandbox: it opens a URL with the app's User-Agent and the
 * chosen sandbox payer, follows redirects hop by hop (dropping fragments, as browsers do), taps
 * 允许/同意 on a consent form, and stops when the chain leaves this server or a page needs a person.
 * A browser cannot change its own User-Agent, so this is how a desktop user tries "scan with WeChat".
 */
final class InAppBrowser {

    static final int MAX_HOPS = 20;
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*method=\"post\"[^>]*action=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");
    private static final Pattern APPROVE = Pattern.compile("<button[^>]*name=\"([^\"]+)\" value=\"(allow|agree|approve)\"");

    /** One request of the chain and its answer. */
    record Hop(String method, String url, int status, String location) {
    }

    private final WalletApp app;
    private final HttpClient client;

    InAppBrowser(WalletApp app, String payer, URI origin) {
        this.app = app;
        BrowserCookieJar cookies = new BrowserCookieJar();
        for (String name : WalletApp.PAYER_COOKIES) {
            cookies.add(origin, name, payer);
        }
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(3)).build();
    }

    /** Follows the chain from {@code start} while it stays on {@code host} (any port); returns every hop. */
    List<Hop> open(URI start, String host) throws IOException, InterruptedException {
        List<Hop> hops = new ArrayList<>();
        HttpRequest request = get(start);
        while (request != null && hops.size() < MAX_HOPS) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String location = response.headers().firstValue("Location").orElse(null);
            hops.add(new Hop(request.method(), request.uri().toString(), response.statusCode(), location));
            request = next(request.uri(), response, location, host);
        }
        return hops;
    }

    /** A redirect on this host is followed; a consent page is approved; anything else ends the chain. */
    private HttpRequest next(URI current, HttpResponse<String> response, String location, String host) {
        if (location != null) {
            URI target = current.resolve(location);
            return onHost(target, host) ? get(target) : null;
        }
        return response.statusCode() == 200 ? approval(current, response.body()) : null;
    }

    private HttpRequest get(URI uri) {
        String s = uri.toString();
        int hash = s.indexOf('#');
        return HttpRequest.newBuilder(URI.create(hash < 0 ? s : s.substring(0, hash)))
                .header("User-Agent", app.userAgent()).timeout(Duration.ofSeconds(10)).GET().build();
    }

    /** The payer taps the approve button of a consent form; null when the page has none. */
    private HttpRequest approval(URI page, String html) {
        Matcher action = FORM_ACTION.matcher(html);
        Matcher approve = APPROVE.matcher(html);
        if (!action.find() || !approve.find()) {
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = HIDDEN.matcher(html);
        while (hidden.find()) {
            fields.put(hidden.group(1), unescape(hidden.group(2)));
        }
        fields.put(approve.group(1), approve.group(2));
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return HttpRequest.newBuilder(page.resolve(unescape(action.group(1))))
                .header("User-Agent", app.userAgent()).header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    /** Only this server's own host: the simulator must not become a way to fetch arbitrary URLs. */
    static boolean onHost(URI uri, String host) {
        return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                && uri.getHost() != null && uri.getHost().equalsIgnoreCase(host) && uri.getRawUserInfo() == null;
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
    }
}
