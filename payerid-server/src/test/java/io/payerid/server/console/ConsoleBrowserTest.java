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
@org.springframework.test.context.TestPropertySource(properties = "payerid.outbox.retry-schedule=300ms") // callbacks fail fast
class ConsoleBrowserTest extends GatewayTest {

    private static final String MCH = "MCH_E2E";
    private static final String INST = "ISV_E2E";
    private static final String WX_APP_ID = "wxe2e0000000000001";
    private static final String WX_SECRET = "e2e-official-account-secret";
    private static final String MERCHANT_USER = "e2e-merchant";
    private static final String MERCHANT_PASSWORD = "merchant-password-e2e";

    private static final String TOTP_USER = "e2e-totp";
    private static final String TOTP_PASSWORD = "totp-password-e2e";

    private static HeadlessChromium chromium;

    @Autowired
    DemoTenantSeeder seeder;
    @Autowired
    SandboxWechatApps sandboxApps;
    @Autowired
    io.payerid.core.tenant.TenantAdmin admin;
    @Autowired
    io.payerid.core.tenant.TenantDirectory directory;
    @Autowired
    io.payerid.console.port.QrEntryCatalog qrCatalog;
    @Autowired
    io.payerid.console.account.ConsoleAccounts accounts;
    @Autowired
    FlowStatsFlusher dashboardFigures;
    @Autowired
    io.payerid.server.dialect.exchange.ExchangeAuthRequests exchangeRequests;
    @Autowired
    io.payerid.server.dialect.exchange.ExchangeAuthorizations exchangeAuthorizations;
    @Autowired
    io.payerid.server.outbox.CallbackOutbox outbox;

    @BeforeAll
    static void browser() {
        chromium = HeadlessChromium.start();
    }

    /** Each test starts logged out at desktop width, whichever ran before it in the shared browser. */
    @org.junit.jupiter.api.BeforeEach
    void loggedOut() {
        WebDriver web = chromium.driver();
        open("/console/login");
        web.manage().deleteAllCookies();
        web.manage().window().setSize(new Dimension(1280, 900));
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
        // its test button: one call to the sandbox's WeChat with the saved secret, the result next to the form
        clickAndWait(web.findElement(By.id("channel-test-WECHAT_OA")));
        assertThat(text("channel-test-result")).contains("连接正常").containsPattern("耗时 \\d+ ms");
        assertThat(web.getPageSource()).doesNotContain(WX_SECRET);
        shot("05b-channel-tested");

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

        // the merchant user asks for a whitelist URL; it waits for the platform's approval
        open("/console/merchants/" + MCH);
        fill("add-whitelist", Map.of("url", BASE + "/shop/"));
        assertThat(web.findElements(By.className("whitelist-url"))).extracting(WebElement::getText)
                .doesNotContain(BASE + "/shop/");
        assertThat(web.findElements(By.className("request-url"))).extracting(WebElement::getText).contains(BASE + "/shop/");
        shot("17a-merchant-user-whitelist-request");
        clickAndWait(web.findElement(By.id("logout")));
        login(demo.consoleUser(), demo.consolePassword());
        clickAndWait(web.findElement(By.linkText("白名单申请")));
        assertThat(web.findElements(By.className("request-url"))).extracting(WebElement::getText).contains(BASE + "/shop/");
        shot("17b-whitelist-requests");
        open("/console/merchants/" + MCH);
        clickAndWait(web.findElement(By.cssSelector("#whitelist-requests button.approve")));
        assertThat(web.findElements(By.className("whitelist-url"))).extracting(WebElement::getText).contains(BASE + "/shop/");
        shot("17c-whitelist-request-approved");

        // a phone's width
        web.manage().window().setSize(new Dimension(390, 844));
        open("/console/merchants/" + MCH);
        shot("18-merchant-phone");
        web.manage().window().setSize(new Dimension(1280, 900));
    }

    /**
     * The app page (rotation answer, RSA key, disable), the A6 counter card and "Try it" through to the console's
     * result page, the sandbox playing WeChat and the payer.
     */
    @Test
    void appPageQrSheetAndTryItWhenUsedInTheBrowserThenEachStepShowsItsAnswer() throws Exception {
        DemoCredentials demo = seeder.seed();
        WebDriver web = chromium.driver();
        var demoMerchant = directory.merchantByMchNo(demo.mchNo()).orElseThrow();
        var shop = io.payerid.server.support.TestMerchants.under(admin, demoMerchant.institutionId());
        java.net.URI base = java.net.URI.create(BASE);
        admin.addWhitelistEntry(shop.merchant().id(), base.getScheme(), base.getHost(), base.getPort(), "/console/try/");
        String mchNo = shop.merchant().mchNo();
        open("/console/login");
        login(demo.consoleUser(), demo.consolePassword());

        open("/console/merchants/" + mchNo);
        clickAndWait(web.findElement(By.linkText(shop.app().appId())));
        assertThat(text("app-status")).isEqualTo("已启用");
        shot("21-app-page");

        new Select(web.findElement(By.id("rotate-key")).findElement(By.name("overlap"))).selectByValue("PT1H");
        clickAndWait(web.findElement(By.id("rotate-key")).findElement(By.cssSelector("button[type=submit]")));
        String rotated = text("rotated-key");
        assertThat(rotated).matches("[A-Za-z0-9]{32}");
        shot("22-key-rotated");
        clickAndWait(web.findElement(By.id("back-to-app")));
        assertThat(web.getPageSource()).doesNotContain(rotated);
        assertThat(text("previous-key")).contains("之前仍可验证");

        var generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String pem = "-----BEGIN PUBLIC KEY-----\n" + java.util.Base64.getMimeEncoder()
                .encodeToString(generator.generateKeyPair().getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----";
        fill("rsa-key", Map.of("rsaPublicKey", pem));
        assertThat(text("rsa-fingerprint")).startsWith("SHA256:");
        shot("23-rsa-uploaded");
        fill("rsa-key", Map.of("rsaPublicKey", "<b>not a key</b>"));
        assertThat(text("form-error")).contains("rsaPublicKey");
        shot("24-rsa-refused");

        clickAndWait(web.findElement(By.id("app-enabled")).findElement(By.cssSelector("button[type=submit]")));
        assertThat(text("app-status")).isEqualTo("已停用");
        shot("25-app-disabled");
        clickAndWait(web.findElement(By.id("app-enabled")).findElement(By.cssSelector("button[type=submit]")));
        assertThat(text("app-status")).isEqualTo("已启用");

        var entry = qrCatalog.create(shop.merchant().id(), shop.app().appId(), "2号收银台", BASE + "/console/try/result");
        open("/console/merchants/" + mchNo);
        clickAndWait(web.findElement(By.className("qr-sheet")));
        assertThat(text("sheet-merchant")).isEqualTo(shop.merchant().name());
        assertThat(text("sheet-label")).isEqualTo(entry.name());
        assertThat(web.findElement(By.id("sheet-qr")).getDomProperty("naturalWidth")).isNotEqualTo("0");
        shot("26-qr-sheet-a6");

        open("/console/try");
        shot("27-try-it");
        WebElement tryForm = web.findElements(By.className("try-form")).stream()
                .filter(f -> f.getDomProperty("innerHTML").contains(shop.app().appId())).findFirst().orElseThrow();
        clickAndWait(tryForm.findElement(By.cssSelector("button[type=submit]")));
        shot("28-try-link");
        clickAndWait(web.findElement(By.id("try-start")));
        if (web.getCurrentUrl().contains("/sandbox/wechat/")) {
            shot("29-try-sandbox-user");
            clickAndWait(web.findElement(By.xpath("//a[contains(@href,'user=alice')]")));
        }
        new WebDriverWait(web, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/console/try/result"));
        assertThat(text("try-verdict")).isEqualTo("签名验证通过");
        assertThat(text("try-answer")).contains("openid").contains(shop.app().appId());
        shot("30-try-result");
    }

    @Test
    void tokensAndTotpWhenUsedInTheBrowserThenTokenShownOnceAndTheSecondFactorLogsIn() throws Exception {
        seeder.seed();
        WebDriver web = chromium.driver();
        if (accounts.byUsername(TOTP_USER).isEmpty()) {
            accounts.create(TOTP_USER, TOTP_PASSWORD, io.payerid.console.account.ConsoleRole.OPERATOR, null);
        }
        open("/console/login");
        web.manage().deleteAllCookies();
        open("/console/login");
        login(TOTP_USER, TOTP_PASSWORD);

        // an API token: shown once, then only its prefix; it works on the admin API
        clickAndWait(web.findElement(By.linkText("API 令牌")));
        new Select(web.findElement(By.id("create-token")).findElement(By.name("role"))).selectByValue("AUDITOR");
        fill("create-token", Map.of("name", "deploy-script", "expiresInDays", "30"));
        String token = io.payerid.server.support.logguard.LogGuard.secret(text("new-token"));
        assertThat(token).matches("pid_[A-Za-z0-9_-]{43}");
        shot("31-token-created");
        clickAndWait(web.findElement(By.id("back-to-tokens")));
        assertThat(web.getPageSource()).contains("deploy-script").contains(token.substring(0, 10)).doesNotContain(token);
        shot("32-tokens-list");
        java.net.http.HttpResponse<String> api = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(BASE + "/admin/v1/institutions"))
                        .header("Authorization", "Bearer " + token).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(200);

        // TOTP: enrol with the secret shown, confirm with a first code, then log in with password and code
        clickAndWait(web.findElement(By.linkText("两步验证")));
        clickAndWait(web.findElement(By.id("totp-enrol")));
        assertThat(web.findElement(By.id("totp-qr")).getAttribute("naturalWidth")).isNotEqualTo("0");
        shot("33-totp-enrol");
        byte[] secret = io.payerid.console.totp.Base32.decode(text("totp-secret")).orElseThrow();
        long step = io.payerid.console.totp.Totp.stepAt(System.currentTimeMillis());
        fill("totp-confirm-form", Map.of("code", io.payerid.console.totp.Totp.code(secret, step)));
        assertThat(web.findElements(By.id("totp-on"))).isNotEmpty();
        shot("34-totp-on");
        clickAndWait(web.findElement(By.id("logout")));
        login(TOTP_USER, TOTP_PASSWORD);
        assertThat(web.getCurrentUrl()).endsWith("/console/login/totp");
        shot("35-totp-code-asked");
        web.findElement(By.id("totp-code")).sendKeys(io.payerid.console.totp.Totp.code(secret, step + 1));
        clickAndWait(web.findElement(By.id("totp-submit")));
        assertThat(web.getCurrentUrl()).endsWith("/console");
        shot("36-totp-logged-in");
        clickAndWait(web.findElement(By.id("logout")));
    }

    @Test
    void aFailedCallbackWhenRetriedFromTheUiThenDeliveredWithTheNewAttemptListed() throws Exception {
        DemoCredentials demo = seeder.seed();
        WebDriver web = chromium.driver();
        ExchangeCallbackFixture callbacks = new ExchangeCallbackFixture(exchangeRequests, exchangeAuthorizations, outbox);
        try (FailingCallbackTarget target = new FailingCallbackTarget()) {
            String id = callbacks.authorized(demo.appId(), directory.merchantByMchNo(demo.mchNo()).orElseThrow().id(),
                    "ui", target.url("/exchange/notify"));
            String serialNo = callbacks.await(id, io.payerid.server.outbox.OutboxStatus.FAILED, Duration.ofSeconds(20))
                    .reference();
            open("/console/login");
            login(demo.consoleUser(), demo.consolePassword());

            clickAndWait(web.findElement(By.id("nav-callbacks")));
            new Select(web.findElement(By.id("callback-filter")).findElement(By.name("status"))).selectByValue("FAILED");
            fill("callback-filter", Map.of("merchant", demo.mchNo(), "reference", serialNo));
            List<WebElement> rows = web.findElements(By.className("callback-row"));
            assertThat(rows).hasSize(1);
            assertThat(rows.getFirst().findElement(By.className("callback-status")).getText()).isEqualTo("已失败");
            shot("40-callbacks-failed-filtered");

            clickAndWait(rows.getFirst().findElement(By.className("callback-link")));
            assertThat(text("callback-status")).isEqualTo("已失败");
            assertThat(web.findElements(By.className("attempt-row"))).hasSize(2);
            assertThat(text("callback-body")).contains(serialNo);
            shot("41-callback-failed-detail");

            target.recover();
            clickAndWait(web.findElement(By.id("retry-now")));
            assertThat(text("notice")).contains("已重新排队");
            shot("41b-callback-retried");
            callbacks.await(id, io.payerid.server.outbox.OutboxStatus.DELIVERED, Duration.ofSeconds(20));
            open("/console/callbacks/" + id);
            assertThat(text("callback-status")).isEqualTo("已送达");
            List<WebElement> attempts = web.findElements(By.className("attempt-row"));
            assertThat(attempts).hasSize(3);
            assertThat(attempts.getLast().findElement(By.className("attempt-outcome")).getText()).isEqualTo("已确认");
            assertThat(web.findElements(By.id("retry-now"))).isEmpty();
            assertThat(text("retry-refusal")).contains("无需重试");
            shot("42-callback-delivered-after-retry");

            open("/console/callbacks?reference=" + serialNo);
            assertThat(web.findElement(By.className("callback-status")).getText()).isEqualTo("已送达");
            shot("43-callbacks-delivered");
            web.manage().window().setSize(new Dimension(390, 844));
            open("/console/callbacks/" + id);
            shot("44-callback-phone");
            web.manage().window().setSize(new Dimension(1280, 900));
            open("/console/audit?q=callback.retry");
            assertThat(web.getPageSource()).contains(id);
            clickAndWait(web.findElement(By.id("logout")));
        }
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
