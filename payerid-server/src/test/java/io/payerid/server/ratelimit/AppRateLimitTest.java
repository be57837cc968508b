package io.payerid.server.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.server.demo.DemoTenant;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.support.Browser;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.MerchantClient;
import io.payerid.server.support.SignedJsonClient;
import io.payerid.server.support.TestMerchants;
import io.payerid.server.support.TestMerchants.TestMerchant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The per-app limit on the native entry points, with a tiny limit: two requests an hour per app. */
@TestPropertySource(properties = {"payerid.rate-limit.per-app.capacity=2", "payerid.rate-limit.per-app.period=1h"})
class AppRateLimitTest extends GatewayTest {

    static final String AUTHORIZE_URL = "/v1/oauth/authorize-url";
    static final String RETURN = "https://shop.example.com/pay/back";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    TenantAdmin admin;
    @Autowired
    TenantDirectory directory;
    @Autowired
    DemoTenantSeeder seeder;

    @Test
    void signedApiWhenAppQuotaSpentThenRateLimitedWithRetryAfter() {
        SignedJsonClient api = merchant().client(BASE);
        assertThat(api.post(AUTHORIZE_URL, Map.of("redirectUri", RETURN)).status()).isEqualTo(200);
        assertThat(api.post(AUTHORIZE_URL, Map.of("redirectUri", RETURN)).status()).isEqualTo(200);

        SignedJsonClient.Answer refused = api.post(AUTHORIZE_URL, Map.of("redirectUri", RETURN));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).containsEntry("code", "RATE_LIMITED");
        // one token back every 30 minutes
        assertThat(Long.parseLong(refused.response().headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1_700L, 1_800L);
    }

    @Test
    void signedApiWhenSignatureBadThenAppQuotaUntouched() {
        TestMerchant merchant = merchant();
        SignedJsonClient forger = new SignedJsonClient(BASE, merchant.app().appId(), merchant.merchant().mchNo(), "not-the-key");
        for (int i = 0; i < 5; i++) {
            SignedJsonClient.Answer forged = forger.post(AUTHORIZE_URL, Map.of("redirectUri", RETURN));
            assertThat(forged.status()).isEqualTo(401);
            assertThat(forged.body()).containsEntry("code", "INVALID_SIGNATURE");
        }

        SignedJsonClient api = merchant.client(BASE);
        assertThat(api.post(AUTHORIZE_URL, Map.of("redirectUri", RETURN)).status()).isEqualTo(200);
        assertThat(api.post(AUTHORIZE_URL, Map.of("redirectUri", RETURN)).status()).isEqualTo(200);
        assertThat(api.post(AUTHORIZE_URL, Map.of("redirectUri", RETURN)).status()).isEqualTo(429);
    }

    @Test
    void authorizeEntryWhenAppQuotaSpentThenMerchantHearsRateLimitedOnItsPage() {
        TestMerchant merchant = merchant();
        MerchantClient client = new MerchantClient(BASE, merchant.app().appId(), merchant.merchant().mchNo(), merchant.key());
        Browser browser = Browser.wechat();
        assertThat(browser.get(client.authorizeUrl(RETURN, "base", "s1")).location()).doesNotStartWith(RETURN);
        assertThat(browser.get(client.authorizeUrl(RETURN, "base", "s2")).location()).doesNotStartWith(RETURN);

        Browser.Hop refused = browser.get(client.authorizeUrl(RETURN, "base", "s3"));

        assertThat(refused.status()).isEqualTo(302);
        Map<String, String> answer = Browser.query(refused.location());
        assertThat(refused.location()).startsWith(RETURN);
        assertThat(answer).containsEntry("error", "RATE_LIMITED").containsEntry("state", "s3");
        assertThat(client.verifyAnswer(answer)).isTrue();
    }

    @Test
    void adminRateLimitWhenSetThenAppUsesItsOwnLimitAndViewsShowIt() {
        TestMerchant merchant = merchant();
        String path = "/admin/v1/apps/" + merchant.app().appId() + "/rate-limit";
        assertThat(admin("GET", "/admin/v1/apps/" + merchant.app().appId(), null).body())
                .contains("\"rateLimit\":{\"capacity\":2,\"periodSeconds\":3600.0,\"source\":\"DEFAULT\"}");

        HttpResponse<String> set = admin("PUT", path, "{\"capacity\":4,\"periodSeconds\":3600}");
        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(set.body()).isEqualTo("{\"capacity\":4,\"periodSeconds\":3600.0,\"source\":\"APP\"}");
        assertThat(admin("GET", "/admin/v1/merchants/" + merchant.merchant().mchNo() + "/apps", null).body())
                .contains("\"rateLimit\":{\"capacity\":4,\"periodSeconds\":3600.0,\"source\":\"APP\"}");

        SignedJsonClient api = merchant.client(BASE);
        for (int i = 0; i < 4; i++) {
            assertThat(api.post(AUTHORIZE_URL, Map.of("redirectUri", RETURN)).status()).isEqualTo(200);
        }
        assertThat(api.post(AUTHORIZE_URL, Map.of("redirectUri", RETURN)).status()).isEqualTo(429);

        assertThat(admin("DELETE", path, null).body()).contains("\"source\":\"DEFAULT\"");
        assertThat(admin("GET", path, null).body()).isEqualTo("{\"capacity\":2,\"periodSeconds\":3600.0,\"source\":\"DEFAULT\"}");
    }

    @Test
    void adminRateLimitWhenInvalidThenClearJsonError() {
        String path = "/admin/v1/apps/" + merchant().app().appId() + "/rate-limit";
        for (String body : new String[] {"{\"capacity\":0,\"periodSeconds\":60}", "{\"capacity\":5}",
                "{\"capacity\":5,\"periodSeconds\":86401}", "{\"capacity\":\"many\",\"periodSeconds\":60}"}) {
            HttpResponse<String> refused = admin("PUT", path, body);
            assertThat(refused.statusCode()).as(body).isEqualTo(400);
            assertThat(refused.body()).as(body).contains("\"code\":\"INVALID_REQUEST\"");
        }
        assertThat(admin("PUT", "/admin/v1/apps/no_such_app/rate-limit", "{\"capacity\":5,\"periodSeconds\":60}")
                .statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> admin(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Authorization", "Bearer test-operator-token").header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private TestMerchant merchant() {
        seeder.seed();
        TestMerchant merchant = TestMerchants.under(admin, directory.institutionByInstNo(DemoTenant.INST_NO).orElseThrow().id());
        admin.addWhitelistEntry(merchant.merchant().id(), "https", "shop.example.com", -1, "/pay/");
        return merchant;
    }
}
