package io.payerid.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.core.tenant.WechatMiniApp;
import io.payerid.core.token.AccessTokenHolder;
import io.payerid.server.demo.DemoCredentials;
import io.payerid.server.demo.DemoMiniAppSeeder;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.support.Browser;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.MerchantClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * After a payer's flow, the operator's Prometheus scrape lists the gateway's own meters (issue 10 item 2), and
 * only with the operator token.
 */
class PrometheusScrapeTest extends GatewayTest {

    private static final Path DOCS = Path.of("..", "docs", "ops");
    private static final Pattern METRIC = Pattern.compile("\\b(payerid|cache)_[a-z_]+");
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    DemoTenantSeeder seeder;
    @Autowired
    DemoMiniAppSeeder miniAppSeeder;
    @Autowired
    TenantDirectory directory;
    @Autowired
    AccessTokenHolder centralToken;

    @Test
    void scrapeWhenFlowsRanThenListsFlowUpstreamOutboxAndRateLimitMeters() throws Exception {
        DemoCredentials demo = seeder.seed();
        MerchantClient merchant = new MerchantClient(BASE, demo.appId(), demo.mchNo(), demo.appKey());
        String done = Browser.wechat().asSandboxUser(BASE, "alice")
                .follow(merchant.authorizeUrl(BASE + "/demo/return", "base", "metrics"), l -> l.startsWith(BASE + "/demo/return"))
                .location();
        assertThat(Browser.query(done)).containsKey("openid");
        Browser.wechat().get(merchant.authorizeUrl("https://elsewhere.example/", "base", "refused"));
        miniAppSeeder.seed();
        WechatMiniApp miniApp = WechatMiniApp.from(directory.effectiveChannel(
                directory.merchantByMchNo(demo.mchNo()).orElseThrow(), ChannelKind.WECHAT_MINIAPP).orElseThrow());
        centralToken.current(miniApp.appId(), miniApp.appSecret(), miniApp.tokenMode());

        String scrape = scrape("Bearer test-operator-token").body();

        assertThat(scrape).contains(
                "payerid_flows_started_total{app=\"app_demo\",channel=\"WECHAT_OA\",dialect=\"native\"}",
                "payerid_flows_completed_total{app=\"app_demo\",channel=\"WECHAT_OA\",dialect=\"native\"}",
                "payerid_flows_failed_total{app=\"app_demo\",channel=\"WECHAT_OA\",code=\"REDIRECT_NOT_ALLOWED\",dialect=\"native\"}",
                "payerid_upstream_calls_seconds_bucket{api=\"oauth.exchange\",outcome=\"ok\",upstream=\"WECHAT_OA\"",
                "payerid_outbox_depth ", "payerid_outbox_oldest_due_age_seconds ",
                "payerid_ratelimit_refusals_total{scope=\"client\"}",
                "cache_gets_total{cache=\"payerid.ratelimit.overrides\",result=\"hit\"}",
                "cache_gets_total{cache=\"payerid.tenants.apps\",result=\"hit\"}",
                "cache_gets_total{cache=\"payerid.tenants.whitelists\",result=\"miss\"}");
        for (String outcome : List.of("DELIVERED", "REJECTED", "ERROR")) {
            assertThat(scrape).contains("payerid_callbacks_attempts_total{outcome=\"" + outcome + "\"}");
        }
        assertThat(scrape).contains("payerid_central_token_refreshes_seconds_count{mode=\"" + miniApp.tokenMode()
                + "\",outcome=\"ok\"}");
        // The dashboard and the alert rules in docs/ops are built on names the scrape really has.
        for (String doc : List.of("grafana-dashboard.json", "alerts.yml")) {
            Matcher names = METRIC.matcher(Files.readString(DOCS.resolve(doc)));
            int count = 0;
            while (names.find()) {
                assertThat(scrape).as("%s uses %s", doc, names.group()).contains("\n" + names.group());
                count++;
            }
            assertThat(count).as(doc).isGreaterThan(5);
        }
    }

    @Test
    void scrapeWhenNoOperatorTokenThenUnauthorized() throws Exception {
        assertThat(scrape(null).statusCode()).isEqualTo(401);
        assertThat(scrape("Bearer wrong").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> scrape(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + "/actuator/prometheus"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
