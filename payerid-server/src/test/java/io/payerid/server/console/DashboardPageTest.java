package io.payerid.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.console.account.ConsoleAccounts;
import io.payerid.console.account.ConsoleRole;
import io.payerid.server.demo.DemoCredentials;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.stats.FlowStatsFlusher;
import io.payerid.server.support.Browser;
import io.payerid.server.support.Browser.Hop;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.MerchantClient;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Flows through the sandbox, then the dashboard counts them (tests may share a database: "at least"). */
class DashboardPageTest extends GatewayTest {

    private static final String PASSWORD = "correct-horse-battery";

    @Autowired
    DemoTenantSeeder seeder;
    @Autowired
    ConsoleAccounts accounts;
    @Autowired
    FlowStatsFlusher flusher;

    @Test
    void showWhenFlowsCompletedAndFailedThenCountedPerChannelWithErrorCode() {
        DemoCredentials demo = seeder.seed();
        MerchantClient merchant = new MerchantClient(BASE, demo.appId(), demo.mchNo(), demo.appKey());
        Browser payer = Browser.wechat().asSandboxUser(BASE, "alice");
        Hop atCallback = payer.follow(merchant.authorizeUrl(BASE + "/demo/return", "base", "dash-order"),
                location -> location.contains("/v1/oauth/callback/"));
        String callback = atCallback.location();
        assertThat(callback).as(atCallback.status() + " " + atCallback.uri() + " " + atCallback.body()).isNotNull();
        String openId = Browser.query(payer.get(callback).location()).get("openid");
        assertThat(openId).isNotBlank();
        // a callback with a code the sandbox never issued ends the flow without an identity
        Browser.wechat().get(BASE + "/v1/oauth/callback/wechat_oa/forged-sealed-state?code=forged");
        flusher.flush();

        if (accounts.byUsername("dash-admin").isEmpty()) {
            accounts.create("dash-admin", PASSWORD, ConsoleRole.PLATFORM_ADMIN, null);
        }
        ConsoleClient admin = new ConsoleClient(BASE).login("dash-admin", PASSWORD);
        Hop page = admin.get("/console/dashboard?window=1h");

        assertThat(page.status()).isEqualTo(200);
        assertThat(number(page.body(), "flow-total")).isGreaterThanOrEqualTo(2);
        assertThat(page.body()).contains("<svg id=\"flow-chart\"").contains("<polyline").contains("微信公众号");
        assertThat(page.body()).containsPattern("<td><code>[A-Z_]+</code></td>");
        assertThat(page.body()).doesNotContain(openId).doesNotContain(demo.appKey());

        Hop node = admin.get("/console/dashboard?window=1h&node=" + flusher.node());
        assertThat(node.body()).contains("<option value=\"" + flusher.node() + "\" selected=\"selected\"");
        assertThat(number(node.body(), "flow-total")).isGreaterThanOrEqualTo(2);
        assertThat(admin.get("/console/dashboard?lang=en&window=bogus").status()).isEqualTo(200);
    }

    private static long number(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>(\\d+)<").matcher(html);
        assertThat(m.find()).as(id + " in the page").isTrue();
        return Long.parseLong(m.group(1));
    }
}
