package io.payerid.server.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.sandbox.wechat.SandboxWechatApp;
import io.payerid.sandbox.wechat.SandboxWechatApps;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.HeadlessChromium;
import io.payerid.server.support.TestMerchants;
import io.payerid.server.support.TestMerchants.TestMerchant;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Onboarding as a merchant's admin sees it on a phone, in a real headless Chromium 414 CSS pixels wide: the sandbox's
 * authorization page and the gateway's result page, nothing past the right edge. Screenshots in target/screenshots.
 */
class ComponentPagesBrowserTest extends GatewayTest {

    @Autowired
    TenantAdmin admin;
    @Autowired
    SandboxWechatApps sandboxApps;

    @Test
    void onboardingPagesWhenOpenedOnAPhoneThenApprovedAndNothingOverflows() throws Exception {
        ComponentPlatform platform = ComponentPlatform.create(BASE, admin);
        platform.pushTicket();
        TestMerchant merchant = TestMerchants.under(admin, platform.institution.id());
        String account = "wxa" + TestMerchants.uniqueSuffix().toLowerCase();
        sandboxApps.register(new SandboxWechatApp(account, "secret-" + account, List.of("localhost"), null));

        try (HeadlessChromium chromium = HeadlessChromium.atWidth(414, null)) {
            WebDriver browser = chromium.driver();
            browser.get(platform.onboardingLink(merchant, ChannelKind.WECHAT_OA));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("授权给第三方平台");
            assertThat(chromium.horizontalOverflow()).as("authorization page").isLessThanOrEqualTo(0);
            assertThat(Files.size(chromium.screenshot("component-authorization-414"))).isPositive();

            browser.findElement(By.id("authorizer_appid")).sendKeys(account);
            browser.findElement(By.id("approve")).click();

            assertThat(chromium.awaitElement(By.id("result"), Duration.ofSeconds(10))).isTrue();
            assertThat(browser.getPageSource()).contains("授权成功").contains(account);
            assertThat(chromium.horizontalOverflow()).as("result page").isLessThanOrEqualTo(0);
            assertThat(Files.size(chromium.screenshot("component-authorized-414"))).isPositive();
        }
    }
}
