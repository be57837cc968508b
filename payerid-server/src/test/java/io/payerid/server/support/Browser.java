package io.payerid.server.support;

import io.payerid.sandbox.support.BrowserCookieJar;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
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
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A payer's browser for tests: keeps cookies as a browser does ({@link BrowserCookieJar}), sends a wallet's User-Agent, and follows redirects
 * one hop at a time (so each Location can be inspected), dropping the fragment as browsers do.
 */
public final class Browser {

    public static final String WECHAT_ANDROID_UA = "Mozilla/5.0 (Linux; Android 13; V2148A Build/TP1A.220624.014; wv) "
            + "AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 "
            + "MMWEBSDK/20231202 MMWEBID/2247 MicroMessenger/8.0.47.2560(0x28002F35) WeChat/arm64 Weixin NetType/WIFI "
            + "Language/zh_CN ABI/arm64";

    /** §G of the protocol reference: Alipay's in-app browser on iOS. */
    public static final String ALIPAY_IOS_UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Mobile/15E148 AliApp(AP/10.5.36.6000) AlipayClient/10.5.36.6000 Language/zh-Hans";

    public record Hop(URI uri, int status, String location, String body, java.net.http.HttpHeaders headers) {
    }

    private final HttpClient client;
    private final BrowserCookieJar cookies = new BrowserCookieJar();
    private final String userAgent;
    private final List<Hop> history = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<String> setCookies = java.util.Collections.synchronizedList(new ArrayList<>());

    public Browser(String userAgent) {
        this.userAgent = userAgent;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public static Browser wechat() {
        return new Browser(WECHAT_ANDROID_UA);
    }

    public static Browser alipay() {
        return new Browser(ALIPAY_IOS_UA);
    }

    /** Acts as the given sandbox payer (the sandbox reads this cookie). */
    public Browser asSandboxUser(String baseUrl, String userId) {
        return withCookie(baseUrl, "payerid_sandbox_wechat_user", userId);
    }

    /** Acts as the given sandbox Alipay payer. */
    public Browser asSandboxAlipayUser(String baseUrl, String userId) {
        return withCookie(baseUrl, "payerid_sandbox_alipay_user", userId);
    }

    private Browser withCookie(String baseUrl, String name, String value) {
        cookies.add(URI.create(baseUrl), name, value);
        return this;
    }

    public Hop get(String url) {
        return send(HttpRequest.newBuilder(withoutFragment(url)).GET());
    }

    public Hop postForm(String url, Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return send(HttpRequest.newBuilder(withoutFragment(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** Follows redirects from {@code url} until a non-redirect answer or until {@code stopAt} matches a Location. */
    public Hop follow(String url, Predicate<String> stopAt) {
        Hop hop = get(url);
        for (int i = 0; i < 20 && hop.location() != null; i++) {
            if (stopAt.test(hop.location())) {
                return hop;
            }
            hop = get(hop.uri().resolve(hop.location()).toString());
        }
        return hop;
    }

    /** Submits the single form on the last page, choosing the submit button with that value. */
    public Hop submitForm(Hop page, String buttonValue) {
        return submitForm(page, buttonValue, Map.of());
    }

    /** {@link #submitForm(Hop, String)} with what the user typed into the form's visible fields. */
    public Hop submitForm(Hop page, String buttonValue, Map<String, String> typed) {
        Matcher action = Pattern.compile("<form[^>]*action=\"([^\"]*)\"").matcher(page.body());
        if (!action.find()) {
            throw new AssertionError("no form on page " + page.uri());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"").matcher(page.body());
        while (hidden.find()) {
            fields.put(hidden.group(1), unescape(hidden.group(2)));
        }
        Matcher button = Pattern.compile("<button[^>]*name=\"([^\"]+)\" value=\"" + Pattern.quote(buttonValue) + "\"").matcher(page.body());
        if (!button.find()) {
            throw new AssertionError("no button " + buttonValue + " on page " + page.uri());
        }
        fields.put(button.group(1), buttonValue);
        fields.putAll(typed);
        return postForm(page.uri().resolve(unescape(action.group(1))).toString(), fields);
    }

    /** The last {@code Set-Cookie} header any server sent for cookie {@code name}, as sent. */
    public String lastSetCookie(String name) {
        synchronized (setCookies) {
            for (int i = setCookies.size() - 1; i >= 0; i--) {
                if (setCookies.get(i).startsWith(name + "=")) {
                    return setCookies.get(i);
                }
            }
        }
        throw new AssertionError("no Set-Cookie for " + name);
    }

    /** Does what the page's script would: submits its POST form (an OIDC-style form_post page) as is. */
    public Hop submitPostForm(Hop page) {
        Matcher action = Pattern.compile("<form method=\"post\" action=\"([^\"]*)\"").matcher(page.body());
        if (!action.find()) {
            throw new AssertionError("no POST form on page " + page.uri());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"").matcher(page.body());
        while (hidden.find()) {
            fields.put(unescape(hidden.group(1)), unescape(hidden.group(2)));
        }
        return postForm(page.uri().resolve(unescape(action.group(1))).toString(), fields);
    }

    public List<Hop> history() {
        return history;
    }

    public static Map<String, String> query(String url) {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = URI.create(url).getRawQuery();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            params.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return params;
    }

    private Hop send(HttpRequest.Builder request) {
        request.header("User-Agent", userAgent).timeout(Duration.ofSeconds(20));
        HttpRequest built = request.build();
        try {
            HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Hop hop = new Hop(built.uri(), response.statusCode(), response.headers().firstValue("Location").orElse(null),
                    response.body(), response.headers());
            history.add(hop);
            setCookies.addAll(response.headers().allValues("Set-Cookie"));
            return hop;
        } catch (IOException e) {
            throw new AssertionError("request failed: " + built.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static URI withoutFragment(String url) {
        int hash = url.indexOf('#');
        return URI.create(hash < 0 ? url : url.substring(0, hash));
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
    }
}
