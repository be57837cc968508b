package io.payerid.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.server.demo.DemoCredentials;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.MerchantClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 7 item 11: every kind of response (payer pages, demo and sandbox pages, JSON APIs, admin 401s,
 * health, 404s) forbids framing and sniffing and sends no Referer; HTML pages use nothing their CSP forbids.
 */
class SecurityHeadersTest extends GatewayTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    DemoTenantSeeder seeder;

    @ParameterizedTest
    @ValueSource(strings = {
            "/v1/oauth/authorize",                       // payer error page (zh-CN)
            "/v1/oauth/authorize?appId=app_demo&mchNo=MCH_DEMO&redirectUri=http://localhost/demo/..;/admin/",
            "/demo", "/demo/return?x=1", "/sandbox/wallet", "/sandbox/wechatpay/wallet", "/sandbox/wechat/users",
            "/qr/nope", "/admin/v1/institutions", "/actuator/health", "/actuator/metrics", "/no/such/page",
            "/cgi-bin/token?grant_type=client_credential&appid=x&secret=y", "/swagger-ui.html"})
    void anyResponseWhenServedThenCarriesHardeningHeaders(String path) throws Exception {
        HttpResponse<String> reply = get(path);
        assertThat(reply.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        assertThat(reply.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
        assertThat(reply.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
        assertThat(reply.headers().firstValue("Content-Security-Policy")).as(path)
                .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
    }

    /** The page policy allows inline styles and data: images only: no page of ours may need more. */
    @ParameterizedTest
    @ValueSource(strings = {"/v1/oauth/authorize", "/demo", "/demo/return?x=1", "/sandbox/wallet",
            "/sandbox/wechatpay/wallet", "/sandbox/wechat/users", "/qr/nope"})
    void htmlPageWhenServedThenUsesNothingItsPolicyForbids(String path) throws Exception {
        HttpResponse<String> reply = get(path);
        assertThat(reply.headers().firstValue("Content-Type")).as(path)
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(reply.headers().firstValue("Content-Security-Policy")).as(path)
                .contains(SecurityHeadersFilter.PAGE_POLICY);
        String html = reply.body().toLowerCase();
        assertThat(html).as(path).doesNotContain("<script").doesNotContain("<iframe").doesNotContain("<link")
                .doesNotContain(" on").doesNotContain("javascript:");
        assertThat(html.replaceAll("src=\"data:[^\"]*\"", "")).as(path).doesNotContain("src=");
    }

    /** The payer whose redirect is refused sees the zh-CN page, never a redirect carrying the attack path. */
    @ParameterizedTest
    @ValueSource(strings = {"/demo/..;/admin/", "/demo/..%3B/admin/", "/demo/x;jsessionid=1"})
    void authorizeWhenRedirectUriHasPathParameterThenPayerPageRefusal(String path) throws Exception {
        DemoCredentials demo = seeder.seed();
        MerchantClient merchant = new MerchantClient(BASE, demo.appId(), demo.mchNo(), demo.appKey());
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(
                        merchant.authorizeUrl(BASE + path, "base", "s1")))
                .header("User-Agent", "Mozilla/5.0 MicroMessenger/8.0.47").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).as(path).isEqualTo(403);
        assertThat(reply.headers().firstValue("Location")).as(path).isEmpty();
        assertThat(reply.body()).as(path).contains("回跳地址未授权");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(BASE + path))
                .header("User-Agent", "Mozilla/5.0 MicroMessenger/8.0.47").build(), HttpResponse.BodyHandlers.ofString());
    }
}
