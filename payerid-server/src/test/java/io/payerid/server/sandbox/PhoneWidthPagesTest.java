package io.payerid.server.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.server.demo.DemoTenant;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.HeadlessChromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/**
 * The sandbox pages a tester opens on a phone, in a real headless Chromium 414 CSS pixels wide (an iPhone
 * Plus/Max): nothing reaches past the right edge, and the consent pages name the account the way the
 * wallets do. Screenshots land in target/screenshots for a person to look at.
 */
class PhoneWidthPagesTest extends GatewayTest {

    private static final int PHONE_WIDTH = 414;
    private static final String WECHAT_UA = "Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/116.0 Mobile Safari/537.36 MicroMessenger/8.0.47";
    private static final String ALIPAY_UA = "Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/116.0 Mobile Safari/537.36 AlipayClient/10.5.36";

    @Test
    void walletPageWhenRunAtPhoneWidthThenNothingOverflows() {
        try (HeadlessChromium chromium = HeadlessChromium.atWidth(PHONE_WIDTH, null)) {
            WebDriver browser = chromium.driver();
            browser.get(BASE + "/sandbox/wallet");
            assertThat(chromium.horizontalOverflow()).as("empty wallet page").isLessThanOrEqualTo(0);

            browser.findElement(By.name("url")).sendKeys(BASE + "/demo/start?scope=userinfo");
            browser.findElement(By.cssSelector("form button[type=submit]")).click();

            assertThat(chromium.awaitElement(By.cssSelector(".hops table"), Duration.ofSeconds(30)))
                    .as("the run's hop table").isTrue();
            assertThat(browser.getPageSource()).contains("最终到达");
            Path screenshot = chromium.screenshot("sandbox-wallet-414");
            assertThat(chromium.horizontalOverflow()).as("wallet page with its hop table").isLessThanOrEqualTo(0);
            assertThat(screenshot).isNotEmptyFile();
        }
    }

    @Test
    void wechatConsentPageWhenShownThenNamesTheAccountNotItsAppid() throws Exception {
        assertConsentPage(WECHAT_UA, "payerid_sandbox_wechat_user", "/demo/start?scope=userinfo",
                DemoTenant.WECHAT_ACCOUNT_NAME, DemoTenant.WECHAT_APP_ID, "sandbox-wechat-consent-414");
    }

    @Test
    void alipayConsentPageWhenShownThenNamesTheAppNotItsAppId() throws Exception {
        assertConsentPage(ALIPAY_UA, "payerid_sandbox_alipay_user", "/demo/start?scope=userinfo&channel=ALIPAY",
                DemoTenant.ALIPAY_APP_NAME, DemoTenant.ALIPAY_APP_ID, "sandbox-alipay-consent-414");
    }

    private void assertConsentPage(String userAgent, String payerCookie, String start, String name, String appId,
                                   String screenshotName) throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.atWidth(PHONE_WIDTH, userAgent)) {
            WebDriver browser = chromium.driver();
            browser.get(BASE + "/sandbox/wallet");
            browser.manage().addCookie(new Cookie(payerCookie, "alice", "/"));
            browser.get(BASE + start);

            String heading = browser.findElement(By.tagName("h1")).getText();
            assertThat(heading).contains(name).doesNotContain(appId);
            assertThat(browser.findElements(By.cssSelector("button[value=allow]"))).hasSize(1);
            assertThat(chromium.horizontalOverflow()).as(screenshotName).isLessThanOrEqualTo(0);
            assertThat(Files.size(chromium.screenshot(screenshotName))).isPositive();
        }
    }
}
