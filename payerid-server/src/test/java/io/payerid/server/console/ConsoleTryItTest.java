package io.payerid.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.console.port.SandboxTrials;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.server.demo.DemoCredentials;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.support.Browser.Hop;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.TestMerchants;
import io.payerid.server.support.TestMerchants.TestMerchant;
import java.net.URI;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

/**
 * "Try it" over HTTP in the sandbox: the console signs a browser entry with the app's key, the link runs the real
 * flow (the sandbox playing WeChat and the payer) and the answer comes back to the console's result page, which
 * verifies it; without a whitelisted target the page says so and links to the whitelist.
 */
class ConsoleTryItTest extends GatewayTest {

    private static final Pattern START = Pattern.compile("id=\"try-start\" class=\"key\" href=\"([^\"]+)\"");

    @Autowired
    DemoTenantSeeder seeder;
    @Autowired
    TenantAdmin admin;
    @Autowired
    TenantDirectory directory;

    private DemoCredentials demo;
    private ConsoleClient console;
    private TestMerchant shop;

    @BeforeEach
    void merchantOfTheDemoInstitution() {
        demo = seeder.seed();
        console = new ConsoleClient(BASE).login(demo.consoleUser(), demo.consolePassword());
        Merchant demoMerchant = directory.merchantByMchNo(demo.mchNo()).orElseThrow();
        shop = TestMerchants.under(admin, demoMerchant.institutionId());
    }

    @Test
    void startWhenConsoleResultPageWhitelistedThenSandboxFlowCompletesAndVerifiedResultShown() {
        URI base = URI.create(BASE);
        admin.addWhitelistEntry(shop.merchant().id(), base.getScheme(), base.getHost(), base.getPort(), "/console/try/");
        assertThat(console.get("/console/try").body()).contains(shop.app().appId()).contains("id=\"nav-try\"");

        Hop prepared = console.post("/console/try", Map.of("appId", shop.app().appId(), "channel", "WECHAT_OA"));

        assertThat(prepared.status()).isEqualTo(200);
        assertThat(prepared.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(prepared.body()).doesNotContain(shop.key());
        Matcher start = START.matcher(prepared.body());
        assertThat(start.find()).as("a link that starts the flow").isTrue();
        String link = HtmlUtils.htmlUnescape(start.group(1));
        assertThat(link).startsWith(BASE + "/v1/oauth/authorize?").contains("appId=" + shop.app().appId());

        console.browser().asSandboxUser(BASE, "alice");
        Hop back = console.browser().follow(link, l -> l.contains(SandboxTrials.RESULT_PATH));
        assertThat(back.location()).as("the payer comes back to the console; hops: " + console.browser().history().stream()
                .map(h -> h.status() + " " + h.uri() + " -> " + h.location()).toList() + " last: " + back.body()).contains(SandboxTrials.RESULT_PATH);
        Hop result = console.get(back.location().substring(BASE.length()));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).contains("openid").contains("签名验证通过").contains(shop.app().appId());
    }

    @Test
    void startWhenNothingWhitelistedThenSaysSoAndLinksToTheWhitelist() {
        Hop prepared = console.post("/console/try", Map.of("appId", shop.app().appId(), "channel", "WECHAT_OA"));

        assertThat(prepared.status()).isEqualTo(400);
        assertThat(prepared.body()).contains("id=\"try-problem\"")
                .contains("href=\"/console/merchants/" + shop.merchant().mchNo() + "\"").doesNotContain("try-start");
    }

    @Test
    void resultWhenForgedAnswerThenNotVerified() {
        Hop result = console.get("/console/try/result?appId=" + shop.app().appId() + "&openid=forged&sign=ABC");

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body()).contains("签名验证失败").doesNotContain("签名验证通过");
    }

    @Test
    void merchantUserWhenAnotherMerchantsAppThenNotFound() {
        ConsoleClient merchantUser = new ConsoleClient(BASE).login(demo.merchantConsoleUser(), demo.merchantConsolePassword());

        assertThat(merchantUser.get("/console/try").body()).contains(demo.appId()).doesNotContain(shop.app().appId());
        assertThat(merchantUser.post("/console/try", Map.of("appId", shop.app().appId(), "channel", "WECHAT_OA"))
                .status()).isEqualTo(404);
        assertThat(merchantUser.get("/console/try/result?appId=" + shop.app().appId()).status()).isEqualTo(404);
    }
}
