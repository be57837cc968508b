package io.payerid.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.console.port.QrEntryCatalog;
import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.server.demo.DemoCredentials;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.support.Browser;
import io.payerid.server.support.Browser.Hop;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.MerchantClient;
import io.payerid.server.support.SignedJsonClient;
import io.payerid.server.support.TestMerchants;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;

/**
 * The console's app page and QR downloads over HTTP: a rotation keeps the old key verifying for its overlap, an
 * RSA key is validated by the admin API's rule, a disabled app is refused at once by the browser entry and a
 * server API, the QR SVG is well-formed XML sent as a download, and the A6 card carries what a counter needs.
 */
class ConsoleAppPagesTest extends GatewayTest {

    private static final String RETURN = BASE + "/demo/return";
    private static final Pattern ROTATED_KEY = Pattern.compile("id=\"rotated-key\">([A-Za-z0-9]+)<");

    @Autowired
    DemoTenantSeeder seeder;
    @Autowired
    TenantAdmin admin;
    @Autowired
    TenantDirectory directory;
    @Autowired
    QrEntryCatalog qr;

    private DemoCredentials demo;
    private ConsoleClient console;
    private Merchant merchant;

    @BeforeEach
    void adminSession() {
        demo = seeder.seed();
        console = new ConsoleClient(BASE).login(demo.consoleUser(), demo.consolePassword());
        merchant = directory.merchantByMchNo(demo.mchNo()).orElseThrow();
    }

    /** An app of the demo merchant (whose WeChat channel and whitelist the flows need), with an MD5 key. */
    private MerchantApp newApp(String key) {
        return admin.createApp(merchant.id(), "app_c" + TestMerchants.uniqueSuffix().toLowerCase(), Secret.of(key), null,
                EnumSet.of(SignType.MD5));
    }

    private String appPage(MerchantApp app) {
        return "/console/merchants/" + demo.mchNo() + "/apps/" + app.appId();
    }

    private SignedJsonClient.Answer authorizeUrl(MerchantApp app, String key) {
        return new SignedJsonClient(BASE, app.appId(), demo.mchNo(), key)
                .post("/v1/oauth/authorize-url", Map.of("redirectUri", RETURN));
    }

    private String rotate(MerchantApp app, String overlap) {
        Hop answer = console.post(appPage(app) + "/rotate", Map.of("overlap", overlap));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        Matcher key = ROTATED_KEY.matcher(answer.body());
        assertThat(key.find()).as("the new key is shown on the answer").isTrue();
        return key.group(1);
    }

    @Test
    void rotateWhenOverlapThenOldKeyStillVerifiesInsideItAndNotWithout() {
        String first = "first-key-" + TestMerchants.uniqueSuffix();
        MerchantApp app = newApp(first);

        String second = rotate(app, "PT1H");

        assertThat(second).hasSize(32).isNotEqualTo(first);
        assertThat(authorizeUrl(app, first).status()).as("old key inside the overlap").isEqualTo(200);
        assertThat(authorizeUrl(app, second).status()).as("new key").isEqualTo(200);
        assertThat(console.get(appPage(app)).body()).contains("id=\"previous-key\"").doesNotContain(second);

        String third = rotate(app, "PT0S");

        assertThat(authorizeUrl(app, third).status()).isEqualTo(200);
        SignedJsonClient.Answer old = authorizeUrl(app, second);
        assertThat(old.status()).as("no overlap: the replaced key stops at once").isEqualTo(401);
        assertThat(old.body()).containsEntry("code", "INVALID_SIGNATURE");
        assertThat(console.get("/console/audit?q=" + app.appId()).body()).contains("app.rotateKey").doesNotContain(third);
    }

    @Test
    void rsaUploadWhenValidPemThenFingerprintShownWhenGarbageThenRefusedEscaped() throws Exception {
        MerchantApp app = newApp("rsa-app-key-" + TestMerchants.uniqueSuffix());
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PublicKey key = generator.generateKeyPair().getPublic();
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";

        assertThat(console.post(appPage(app) + "/rsa", Map.of("rsaPublicKey", pem)).status()).isEqualTo(302);

        String fingerprint = "SHA256:" + HexFormat.ofDelimiter(":")
                .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        assertThat(console.get(appPage(app)).body()).contains(fingerprint);
        MerchantApp saved = directory.appByAppId(app.appId()).orElseThrow();
        assertThat(saved.rsaPublicKey()).isEqualTo(Base64.getEncoder().encodeToString(key.getEncoded()));
        assertThat(saved.accepts(SignType.RSA2)).as("RSA2 enabled with the key, as the admin API does").isTrue();

        Hop garbage = console.post(appPage(app) + "/rsa", Map.of("rsaPublicKey", "<script>alert(1)</script>"));
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.body()).contains("id=\"form-error\"").contains("rsaPublicKey").doesNotContain("<script>alert");
        assertThat(directory.appByAppId(app.appId()).orElseThrow().rsaPublicKey()).isEqualTo(saved.rsaPublicKey());
    }

    @Test
    void signTypesWhenRsa2WithoutKeyThenRefusedWithTheAdminApisReason() {
        MerchantApp app = newApp("types-app-key-" + TestMerchants.uniqueSuffix());

        Hop refused = console.post(appPage(app) + "/sign-types", Map.of("signType", "RSA2"));
        Hop saved = console.post(appPage(app) + "/sign-types", Map.of("signType", "HMAC-SHA256"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("RSA2 needs rsaPublicKey");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(directory.appByAppId(app.appId()).orElseThrow().signTypes()).containsExactly(SignType.HMAC_SHA256);
    }

    @Test
    void disableWhenBrowserEntryAndServerApiThenAppDisabledAtOnceAndEnableRestores() throws Exception {
        String key = "toggle-app-key-" + TestMerchants.uniqueSuffix();
        MerchantApp app = newApp(key);
        assertThat(authorizeUrl(app, key).status()).isEqualTo(200); // now in the tenant cache

        assertThat(console.post(appPage(app) + "/enabled", Map.of("enabled", "false")).status()).isEqualTo(302);

        SignedJsonClient.Answer api = authorizeUrl(app, key);
        assertThat(api.status()).isEqualTo(403);
        assertThat(api.body()).containsEntry("code", "APP_DISABLED");
        Hop entry = Browser.wechat().asSandboxUser(BASE, "carol")
                .get(new MerchantClient(BASE, app.appId(), demo.mchNo(), key).authorizeUrl(RETURN, "base", "off"));
        String refusal = entry.location() != null ? entry.location() : entry.body();
        assertThat(refusal).contains("APP_DISABLED");
        assertThat(entry.location() == null || entry.location().startsWith(RETURN)).isTrue();
        assertThat(adminApiApp(app)).contains("\"enabled\":false");
        assertThat(console.get("/console/merchants/" + demo.mchNo()).body()).contains(app.appId());

        assertThat(console.post(appPage(app) + "/enabled", Map.of("enabled", "true")).status()).isEqualTo(302);

        assertThat(authorizeUrl(app, key).status()).isEqualTo(200);
        assertThat(adminApiApp(app)).contains("\"enabled\":true");
        assertThat(console.get("/console/audit?q=" + app.appId()).body()).contains("app.enabled");
    }

    @Test
    void merchantUserWhenEnableFormThenRefusedAndNotShown() {
        MerchantApp app = newApp("own-app-key-" + TestMerchants.uniqueSuffix());
        ConsoleClient merchantUser = new ConsoleClient(BASE).login(demo.merchantConsoleUser(), demo.merchantConsolePassword());

        assertThat(merchantUser.get(appPage(app)).body()).contains("id=\"rotate-key\"").doesNotContain("id=\"app-enabled\"");
        assertThat(merchantUser.post(appPage(app) + "/enabled", Map.of("enabled", "false")).status()).isEqualTo(403);
        assertThat(directory.appByAppId(app.appId()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void qrSvgWhenDownloadedThenWellFormedXmlAsAttachment() throws Exception {
        QrEntryCatalog.Entry entry = qr.create(merchant.id(), demo.appId(), "收银台 SVG", RETURN);

        Hop svg = console.get("/console/merchants/" + demo.mchNo() + "/qr/" + entry.code() + ".svg");

        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
        assertThat(svg.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment").contains(entry.code() + ".svg");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength()).isEqualTo(1);
    }

    @Test
    void qrSheetWhenOpenedThenA6PrintPageWithMerchantWalletsAndLabelNoScript() {
        QrEntryCatalog.Entry entry = qr.create(merchant.id(), demo.appId(), "一号收银台 <b>", RETURN);

        Hop sheet = console.get("/console/merchants/" + demo.mchNo() + "/qr/" + entry.code() + "/sheet");

        assertThat(sheet.status()).isEqualTo(200);
        assertThat(sheet.body()).contains("@page { size: A6").contains(merchant.name())
                .contains("微信支付").contains("支付宝").contains("云闪付")
                .contains("一号收银台 &lt;b&gt;").contains("src=\"data:image/svg+xml;base64,")
                .doesNotContain("<script");
        assertThat(sheet.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'");
    }

    private static String adminApiApp(MerchantApp app) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + "/admin/v1/apps/" + app.appId()))
                .header("Authorization", "Bearer test-operator-token").GET().build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
        }
    }
}
