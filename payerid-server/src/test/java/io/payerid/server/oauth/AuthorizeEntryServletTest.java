package io.payerid.server.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.payerid.server.demo.DemoCredentials;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.support.Browser;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.MerchantClient;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The redirect entry's own servlet answers as the dispatcher would: the same redirect, pages and method
 * refusals as the other browser flows, the metrics' route tag, and HEAD without a body.
 */
class AuthorizeEntryServletTest extends GatewayTest {

    private static final String RETURN = BASE + "/demo/return";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    DemoTenantSeeder seeder;
    @Autowired
    ServletContext servletContext;
    @Autowired
    MeterRegistry meters;

    private MerchantClient merchant;

    @BeforeEach
    void demoMerchant() {
        DemoCredentials demo = seeder.seed();
        merchant = new MerchantClient(BASE, demo.appId(), demo.mchNo(), demo.appKey());
    }

    @Test
    void servletContextWhenStartedThenTheEntryPathIsMappedToItsOwnServlet() {
        assertThat(servletContext.getServletRegistration("authorizeEntry").getMappings())
                .containsExactly(AuthorizeEntryController.PATH);
    }

    @Test
    void authorizeWhenServedThenTheRequestMetricCarriesTheRoute() {
        Browser.wechat().get(merchant.authorizeUrl(RETURN, "base", "metric"));
        Browser.wechat().get(BASE + AuthorizeEntryController.PATH);

        assertThat(meters.find("http.server.requests").tag("uri", AuthorizeEntryController.PATH).tag("status", "302")
                .timers()).extracting(Timer::count).anySatisfy(n -> assertThat(n).isPositive());
        assertThat(meters.find("http.server.requests").tag("uri", AuthorizeEntryController.PATH).tag("status", "400")
                .timers()).isNotEmpty();
    }

    @Test
    void headWhenSignedThenTheSameRedirectWithoutABody() throws Exception {
        HttpResponse<String> head = send(HttpRequest.newBuilder(URI.create(merchant.authorizeUrl(RETURN, "base", "head")))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(head.statusCode()).isEqualTo(302);
        assertThat(head.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/connect/oauth2/authorize?"));
        assertThat(head.headers().allValues("Set-Cookie")).hasSize(1);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void authorizeWhenUnsignedOrRepeatedThenTheZhCnPayerPage() {
        // A lone "%" cannot be sent by java.net.URI; the hostile suite sends it raw to every endpoint.
        for (String query : List.of("", "?appId=app_demo", "?appId=a&appId=b", "?appId=app_demo&redirectUri=x&sign=00")) {
            Browser.Hop page = Browser.wechat().get(BASE + AuthorizeEntryController.PATH + query);
            assertThat(page.status()).as(query).isBetween(400, 499);
            assertThat(page.headers().firstValue("Content-Type")).as(query).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(page.body()).as(query).contains("无法完成授权").doesNotContain("Exception").doesNotContain("at io.payerid");
            assertThat(page.headers().firstValue("Cache-Control")).as(query).contains("no-store");
            assertThat(page.headers().firstValue("X-Frame-Options")).as(query + ": the filters ran").contains("DENY");
        }
    }

    @Test
    void otherMethodsWhenSentThenTheDispatchersAnswerAsAtAnyOtherBrowserEntry() throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS")) {
            HttpResponse<String> entry = send(request(method, AuthorizeEntryController.PATH));
            HttpResponse<String> other = send(request(method, "/qr/NOSUCHCODE"));

            assertThat(entry.statusCode()).as(method).isEqualTo(other.statusCode()).isNotEqualTo(500);
            assertThat(entry.headers().firstValue("Content-Type")).as(method).isEqualTo(other.headers().firstValue("Content-Type"));
            assertThat(entry.headers().firstValue("Allow")).as(method).isEqualTo(other.headers().firstValue("Allow"));
        }
    }

    private static HttpRequest.Builder request(String method, String path) {
        return HttpRequest.newBuilder(URI.create(BASE + path)).header("User-Agent", Browser.WECHAT_ANDROID_UA)
                .method(method, method.equals("OPTIONS") ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(""));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
