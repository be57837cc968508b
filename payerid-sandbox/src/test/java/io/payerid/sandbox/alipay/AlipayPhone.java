package io.payerid.sandbox.alipay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A phone's Alipay in-app browser pointed at the sandbox: Alipay's User-Agent, redirects never followed
 * (so every Location can be asserted), the sandbox user chosen by cookie.
 */
final class AlipayPhone {

    static final String ALIPAY_UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Mobile/15E148 AliApp(AP/10.5.36.6000) AlipayClient/10.5.36.6000 Language/zh-Hans";

    private static final Pattern TICKET = Pattern.compile("name=\"ticket\" value=\"([A-Za-z0-9]+)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String root;
    private final String user;

    AlipayPhone(String root, String user) {
        this.root = root;
        this.user = user;
    }

    static String authorizePath(String appId, String scope, String redirectUri, String state) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("app_id", appId);
        params.put("scope", scope);
        params.put("redirect_uri", redirectUri);
        params.put("state", state);
        params.values().removeIf(value -> value == null);
        return AlipaySandboxTest.BASE + "/openauth/oauth2/publicAppAuthorize.htm?" + query(params);
    }

    HttpResponse<String> get(String pathOrUrl) {
        return send(request(pathOrUrl).GET().build());
    }

    /** Presses 同意 (allow) or 拒绝 (deny) on a consent page. */
    HttpResponse<String> decide(HttpResponse<String> consentPage, String decision) {
        String action = find(FORM_ACTION, consentPage.body()).replace("&amp;", "&");
        String form = query(Map.of("ticket", find(TICKET, consentPage.body()), "decision", decision));
        return send(request(action).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** Runs the authorization to its callback (consenting for auth_user) and returns the auth_code. */
    String authCode(String appId, String scope) {
        HttpResponse<String> response = get(authorizePath(appId, scope, AlipaySandboxTest.CALLBACK, "teststate"));
        if (scope.equals("auth_user")) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            response = decide(response, "allow");
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        Map<String, String> callback = queryOf(location(response));
        assertThat(callback).containsEntry("state", "teststate").containsKey("auth_code");
        return callback.get("auth_code");
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("no Location, status " + response.statusCode() + ": " + response.body()));
    }

    static Map<String, String> queryOf(String url) {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = URI.create(url).getRawQuery();
        if (raw == null) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(eq < 0 ? "" : pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    static String query(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }

    private HttpRequest.Builder request(String pathOrUrl) {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : root + pathOrUrl;
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("User-Agent", ALIPAY_UA);
        if (user != null) {
            builder.header("Cookie", SandboxAlipayUserPickerController.COOKIE.name() + "=" + user);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("request to the sandbox failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
