package io.payerid.sandbox.wechat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import io.payerid.sandbox.support.SandboxHttp;

import static io.payerid.sandbox.support.SandboxHttp.find;
import static io.payerid.sandbox.support.SandboxHttp.location;
import static io.payerid.sandbox.support.SandboxHttp.parseJson;
import static io.payerid.sandbox.support.SandboxHttp.query;
import static io.payerid.sandbox.support.SandboxHttp.queryOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A phone's WeChat browser pointed at the sandbox on 127.0.0.1: WeChat's User-Agent, redirects
 * never followed (so every Location can be asserted), the user chosen by cookie.
 */
final class SandboxBrowser {

    static final String WECHAT_UA = "Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 MicroMessenger/8.0.47.2560(0x28002F35) "
            + "NetType/WIFI Language/zh_CN";
    static final String BASE = "/sandbox/wechat";
    static final String APP1 = "wxsandbox0000001";
    static final String APP1_SECRET = "sandbox-secret-0000001";
    static final String APP2 = "wxsandbox0000002";
    static final String APP2_SECRET = "sandbox-secret-0000002";
    static final String CALLBACK = "https://merchant.example/wx/callback";

    private static final Pattern TICKET = Pattern.compile("name=\"ticket\" value=\"([A-Za-z0-9]+)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\"");

    private final String root;

    SandboxBrowser(int port) {
        this.root = "http://127.0.0.1:" + port;
    }

    String root() {
        return root;
    }

    /** GET of a path (or absolute URL), as {@code user} when not null. */
    HttpResponse<String> get(String pathOrUrl, String user) {
        return send(request(pathOrUrl, user).GET());
    }

    HttpResponse<String> postForm(String path, Map<String, String> form, String user) {
        return send(request(path, user)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(query(form))));
    }

    HttpResponse<String> postJson(String path, String json) {
        return send(request(path, null)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The documented authorize URL, fragment included; null values are left out. */
    static String authorizePath(String appid, String redirectUri, String scope, String state) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("appid", appid);
        params.put("redirect_uri", redirectUri);
        params.put("response_type", "code");
        params.put("scope", scope);
        params.put("state", state);
        params.values().removeIf(value -> value == null);
        return BASE + "/open/connect/oauth2/authorize?" + query(params) + "#wechat_redirect";
    }

    /** Runs step 1 to the end (through the consent page, allowing) and returns the code. */
    String authorizeAndGetCode(String appid, String scope, String user) {
        HttpResponse<String> response = get(authorizePath(appid, CALLBACK, scope, "teststate"), user);
        if (scope.equals("snsapi_userinfo")) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            response = decide(response, "allow", user);
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        Map<String, String> callback = queryOf(location(response));
        assertThat(callback).containsEntry("state", "teststate").containsKey("code");
        return callback.get("code");
    }

    /** Presses 允许 or 拒绝 on a consent page. */
    HttpResponse<String> decide(HttpResponse<String> consentPage, String decision, String user) {
        String action = find(FORM_ACTION, consentPage.body()).replace("&amp;", "&");
        return postForm(action, Map.of("ticket", find(TICKET, consentPage.body()), "decision", decision), user);
    }

    /** The code exchange, as a merchant server does it. */
    Map<String, Object> exchange(String appid, String secret, String code) {
        return json(BASE + "/api/sns/oauth2/access_token?" + query(Map.of(
                "appid", appid, "secret", secret, "code", code, "grant_type", "authorization_code")));
    }

    Map<String, Object> json(String pathAndQuery) {
        HttpResponse<String> response = get(pathAndQuery, null);
        assertThat(response.statusCode()).as("WeChat answers errors with HTTP 200 too").isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        return parseJson(response.body());
    }

    private HttpRequest.Builder request(String pathOrUrl, String user) {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : root + pathOrUrl;
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
                .header("User-Agent", WECHAT_UA);
        if (user != null) {
            builder.header("Cookie", SandboxUserPickerController.COOKIE.name() + "=" + user);
        }
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return SandboxHttp.send(request, Duration.ofSeconds(10));
    }
}
