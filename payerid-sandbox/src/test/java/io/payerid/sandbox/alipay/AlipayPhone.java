package io.payerid.sandbox.alipay;

import static io.payerid.sandbox.support.SandboxHttp.find;
import static io.payerid.sandbox.support.SandboxHttp.location;
import static io.payerid.sandbox.support.SandboxHttp.query;
import static io.payerid.sandbox.support.SandboxHttp.queryOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.sandbox.support.SandboxHttp;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A phone's Alipay in-app browser pointed at the sandbox: Alipay's User-Agent, redirects never followed
 * (so every Location can be asserted), the sandbox user chosen by cookie.
 */
final class AlipayPhone {

    static final String ALIPAY_UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Mobile/15E148 AliApp(AP/10.5.36.6000) AlipayClient/10.5.36.6000 Language/zh-Hans";

    private static final Pattern TICKET = Pattern.compile("name=\"ticket\" value=\"([A-Za-z0-9]+)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\"");

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
        return send(request(pathOrUrl).GET());
    }

    /** Presses 同意 (allow) or 拒绝 (deny) on a consent page. */
    HttpResponse<String> decide(HttpResponse<String> consentPage, String decision) {
        String action = find(FORM_ACTION, consentPage.body()).replace("&amp;", "&");
        String form = query(Map.of("ticket", find(TICKET, consentPage.body()), "decision", decision));
        return send(request(action).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
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

    private HttpRequest.Builder request(String pathOrUrl) {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : root + pathOrUrl;
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).header("User-Agent", ALIPAY_UA);
        if (user != null) {
            builder.header("Cookie", SandboxAlipayUserPickerController.COOKIE.name() + "=" + user);
        }
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return SandboxHttp.send(request, Duration.ofSeconds(10));
    }
}
