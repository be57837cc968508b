package io.payerid.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.sandbox.wechat.SandboxWechatApp;
import io.payerid.sandbox.wechat.SandboxWechatApps;
import io.payerid.server.demo.DemoCredentials;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.stats.FlowStatsFlusher;
import io.payerid.server.support.Browser;
import io.payerid.server.support.Browser.Hop;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.MerchantClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The console end to end in real headless Chromium: the embedded admin onboards an institution, its WeChat
 * official account, a merchant, an app, a whitelist entry and a QR counter code entirely through the pages; a payer
 * then completes a sandbox WeChat flow for the new merchant; a merchant user sees only its merchant; the audit log
 * shows every change and no secret. Every page is saved under target/screenshots/.
 */
class ConsoleBrowserTest extends GatewayTest {

    private static final String MCH = "MCH_E2E";
    private static final String INST = "ISV_E2E";
    private static final String WX_APP_ID = "wxe2e0000000000001";
    private static final String WX_SECRET = "e2e-official-account-secret";
    private static final String MERCHANT_USER = "e2e-merchant";
    private static final String MERCHANT_PASSWORD = "merchant-password-e2e";

    private static HeadlessChromium chromium;

    @Autowired
    DemoTenantSeeder seeder;
    @Autowired
    SandboxWechatApps sandboxApps;
    @Autowired
    FlowStatsFlusher dashboardFigures;

    @BeforeAll
    static void browser() {
        chromium = HeadlessChromium.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void onboardingWhenDoneInTheBrowserThenAPayerFlowForTheNewMerchantSucceeds() {
        DemoCredentials demo = seeder.seed();
        WebDriver web = chromium.driver();

        open("/console");
        assertThat(web.getCurrentUrl()).endsWith("/console/login");
        shot("01-login");
        login(demo.consoleUser(), "wrong-password-1");
        assertThat(text("login-error")).contains("用户名或密码错误");
        shot("02-login-refused");
        login(demo.consoleUser(), demo.consolePassword());
        assertThat(web.getCurrentUrl()).endsWith("/console");
        shot("03-home");

        // institution
        clickAndWait(web.findElement(By.linkText("机构")));
        fill("create-institution", Map.of("instNo", INST, "name", "端到端机构"));
        assertThat(web.getCurrentUrl()).endsWith("/console/institutions/" + INST);
        shot("04-institution-created");

        // its WeChat official account (the official account exists at WeChat: the sandbox plays WeChat)
        sandboxApps.register(new SandboxWechatApp(WX_APP_ID, WX_SECRET, List.of("localhost"), null));
        WebElement wechat = web.findElement(By.id("channel-form-WECHAT_OA"));
        wechat.findElement(By.name("setting.appId")).sendKeys(WX_APP_ID);
        wechat.findElement(By.name("secret.appSecret")).sendKeys(WX_SECRET);
        clickAndWait(wechat.findElement(By.cssSelector("button[type=submit]")));
        assertThat(text("channel-WECHAT_OA")).contains(WX_APP_ID).contains("appSecret").doesNotContain(WX_SECRET);
        assertThat(web.getPageSource()).doesNotContain(WX_SECRET);
        shot("05-channel-saved");

        // merchant
        fill("create-merchant", Map.of("mchNo", MCH, "name", "端到端咖啡店"));
        assertThat(web.getCurrentUrl()).endsWith("/console/merchants/" + MCH);
        shot("06-merchant-created");

        // app: the key is shown once
        clickAndWait(web.findElement(By.id("create-app")).findElement(By.cssSelector("button[type=submit]")));
        String appId = text("new-app-id");
        String appKey = text("new-app-key");
        assertThat(appKey).matches("[A-Za-z0-9]{32}");
        shot("07-app-key-shown-once");
        clickAndWait(web.findElement(By.id("back-to-merchant")));
        assertThat(web.getPageSource()).contains(appId).doesNotContain(appKey);

        // whitelist: a refused URL shows the rule's reason inline, then an accepted one
        fill("add-whitelist", Map.of("url", "https://shop.example.com"));
        assertThat(text("form-error")).contains("wholeOrigin");
        shot("08-whitelist-refused");
        web.findElement(By.id("add-whitelist")).findElement(By.name("url")).clear();
        fill("add-whitelist", Map.of("url", BASE + "/demo/"));
        assertThat(web.findElements(By.className("whitelist-url"))).extracting(WebElement::getText)
                .contains(BASE + "/demo/");
        shot("09-whitelist-added");

        // QR counter code with its PNG preview
        WebElement qr = web.findElement(By.id("create-qr"));
        new Select(qr.findElement(By.name("appId"))).selectByValue(appId);
        fill("create-qr", Map.of("name", "1号收银台", "redirectUri", BASE + "/demo/return"));
        WebElement preview = web.findElement(By.cssSelector(".qr img"));
        assertThat(preview.getDomProperty("naturalWidth")).isEqualTo("256");
        assertThat(text("mch-no")).isEqualTo(MCH);
        shot("10-qr-entry");

        // a payer completes a WeChat flow for the new merchant through the sandbox
        MerchantClient merchant = new MerchantClient(BASE, appId, MCH, appKey);
        Browser payer = Browser.wechat().asSandboxUser(BASE, "alice");
        Hop last = payer.follow(merchant.authorizeUrl(BASE + "/demo/return", "base", "e2e-order"),
                location -> location.startsWith(BASE + "/demo/return"));
        Map<String, String> answer = Browser.query(last.location());
        assertThat(answer).containsEntry("appId", appId).containsEntry("channelAppId", WX_APP_ID)
                .containsEntry("state", "e2e-order").containsKey("openid").doesNotContainKey("error");
        assertThat(merchant.verifyAnswer(answer)).isTrue();

        // the dashboard counts that flow once this node has flushed its figures; laptop and phone width
        dashboardFigures.flush();
        clickAndWait(web.findElement(By.linkText("仪表盘")));
        new Select(web.findElement(By.cssSelector("#dashboard-filter select[name=window]"))).selectByValue("1h");
        clickAndWait(web.findElement(By.cssSelector("#dashboard-filter button")));
        assertThat(Long.parseLong(text("flow-total"))).isGreaterThanOrEqualTo(1);
        assertThat(web.findElements(By.cssSelector("#flow-chart polyline"))).isNotEmpty();
        shot("10b-dashboard");
        web.manage().window().setSize(new Dimension(414, 896));
        shot("10c-dashboard-phone");
        web.manage().window().setSize(new Dimension(1280, 900));

        // a merchant user for it, created on the accounts page
        clickAndWait(web.findElement(By.linkText("账号")));
        WebElement account = web.findElement(By.id("create-account"));
        new Select(account.findElement(By.name("role"))).selectByValue("MERCHANT_USER");
        fill("create-account", Map.of("username", MERCHANT_USER, "password", MERCHANT_PASSWORD, "mchNo", MCH));
        assertThat(web.getPageSource()).contains(MERCHANT_USER);
        shot("11-accounts");

        // the audit log names every change, never a secret
        open("/console/audit");
        List<String> actions = web.findElements(By.className("audit-action")).stream().map(WebElement::getText).toList();
        assertThat(actions).contains("institution.create", "channel.put", "merchant.create", "app.create",
                "whitelist.add", "qr.create", "account.create", "login");
        assertThat(web.getPageSource()).doesNotContain(WX_SECRET).doesNotContain(appKey).doesNotContain(MERCHANT_PASSWORD);
        shot("12-audit-log");

        // English
        clickAndWait(web.findElement(By.linkText("English")));
        open("/console/merchants/" + MCH);
        assertThat(web.getPageSource()).contains("Redirect whitelist").contains("QR counter codes");
        shot("13-merchant-english");
        clickAndWait(web.findElement(By.linkText("中文")));

        // the merchant user sees only its merchant
        clickAndWait(web.findElement(By.id("logout")));
        assertThat(web.getCurrentUrl()).endsWith("/console/login");
        login(MERCHANT_USER, MERCHANT_PASSWORD);
        assertThat(web.getCurrentUrl()).endsWith("/console/merchants/" + MCH);
        assertThat(web.findElements(By.linkText("机构"))).isEmpty();
        shot("14-merchant-user-home");
        open("/console/merchants/" + demo.mchNo());
        assertThat(web.getPageSource()).contains("不存在").doesNotContain(demo.appId());
        shot("15-merchant-user-forged-url");
        open("/console/institutions/" + INST);
        assertThat(web.getPageSource()).contains("无权访问");
        shot("16-merchant-user-institutions-refused");
        open("/console/audit");
        shot("17-merchant-user-audit");

        // a phone's width
        web.manage().window().setSize(new Dimension(390, 844));
        open("/console/merchants/" + MCH);
        shot("18-merchant-phone");
        web.manage().window().setSize(new Dimension(1280, 900));
    }

    private void open(String path) {
        chromium.driver().get(BASE + path);
    }

    private void login(String username, String password) {
        WebDriver web = chromium.driver();
        web.findElement(By.id("username")).clear();
        web.findElement(By.id("username")).sendKeys(username);
        web.findElement(By.id("password")).sendKeys(password);
        clickAndWait(web.findElement(By.id("login")));
    }

    /** Types into the named fields of the form with that id and submits it. */
    private void fill(String formId, Map<String, String> fields) {
        WebElement form = chromium.driver().findElement(By.id(formId));
        fields.forEach((name, value) -> form.findElement(By.name(name)).sendKeys(value));
        clickAndWait(form.findElement(By.cssSelector("button[type=submit]")));
    }

    /**
     * Clicks what loads a new page and waits until the old one is gone: a click does not wait for the
     * navigation it starts, and on a loaded machine the next assertion would read the old page.
     */
    private void clickAndWait(WebElement target) {
        WebElement page = chromium.driver().findElement(By.tagName("html"));
        target.click();
        // Gone means any error from the old page's element: Chrome answers "stale element", or during the
        // navigation "node does not belong to the document"; ExpectedConditions.stalenessOf knows only the first.
        new WebDriverWait(chromium.driver(), Duration.ofSeconds(20)).until(driver -> {
            try {
                page.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    private String text(String id) {
        return chromium.driver().findElement(By.id(id)).getText();
    }

    private void shot(String name) {
        chromium.screenshot(name);
    }
}
