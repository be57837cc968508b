package io.payerid.server.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.server.demo.DemoComponentSeeder;
import io.payerid.server.demo.DemoTenant;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.support.Browser;
import io.payerid.server.support.Browser.Hop;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.TestMerchants;
import io.payerid.server.support.TestMerchants.TestMerchant;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The embedded demo's third-party platform as README shows it: seeded for ISV_DEMO, registered with the sandbox,
 * fed by the sandbox's ticket timer (its first push comes seconds after start), and able to onboard a merchant
 * through the sandbox's authorization page. A merchant of its own, so the demo merchant stays in direct mode.
 */
class DemoComponentTest extends GatewayTest {

    @Autowired
    DemoTenantSeeder tenantSeeder;
    @Autowired
    DemoComponentSeeder componentSeeder;
    @Autowired
    TenantDirectory directory;
    @Autowired
    TenantAdmin admin;

    @Test
    void demoPlatformWhenStartedThenTimerTicketArrivesAndOnboardingWorks() throws InterruptedException {
        tenantSeeder.seed();
        componentSeeder.seed();
        Institution demo = directory.institutionByInstNo(DemoTenant.INST_NO).orElseThrow();
        TestMerchant merchant = TestMerchants.under(admin, demo.id());
        ComponentPlatform platform = ComponentPlatform.existing(BASE, demo, DemoTenant.COMPONENT_APP_ID);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        String status = "";
        while (Instant.now().isBefore(deadline) && !status.contains("\"hasTicket\":true")) {
            Thread.sleep(250);
            status = platform.admin("GET", "/admin/v1/institutions/" + DemoTenant.INST_NO + "/wechat-component", null).body();
        }
        assertThat(status).as("the sandbox timer's first push").contains("\"hasTicket\":true");

        Hop result = platform.onboard(merchant, ChannelKind.WECHAT_OA, DemoTenant.WECHAT_APP_ID);

        assertThat(result.body()).contains("授权成功");
        assertThat(admin.channel(OwnerType.MERCHANT, merchant.merchant().id(), ChannelKind.WECHAT_OA).orElseThrow().mode())
                .isEqualTo(ChannelMode.COMPONENT);
        assertThat(Browser.query(platform.onboardingLink(merchant, ChannelKind.WECHAT_OA))).containsKey("link");
    }
}
