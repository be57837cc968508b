package io.payerid.server.qr;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.payerid.server.demo.DemoCredentials;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.support.Browser;
import io.payerid.server.support.Browser.Hop;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.MerchantClient;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One static QR code for every wallet: created by the operator, scanned by payers in any app. */
class QrEntryTest extends GatewayTest {

    static final String CASHIER = BASE + "/demo/return";
    static final String UNIONPAY_UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 15_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
            + " Mobile/15E148 (com.unionpay.chsp) (cordova 4.5.4) (updebug 0) (version 929) (UnionPay/1.0 CloudPay)"
            + " (clientVersion 324) (language zh_CN)";

    @Autowired
    DemoTenantSeeder seeder;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private DemoCredentials demo;
    private JsonNode entry;

    @BeforeEach
    void createEntry() throws Exception {
        demo = seeder.seed();
        entry = json.readTree(admin("POST", "/admin/v1/merchants/MCH_DEMO/qr-entries",
                "{\"appId\":\"app_demo\",\"name\":\"1号收银台\",\"redirectUri\":\"" + CASHIER + "\"}").body());
    }

    private HttpResponse<String> admin(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Authorization", "Bearer test-operator-token").header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theAdminApiReturnsTheEntryUrlAndImagesThatEncodeIt() throws Exception {
        String url = entry.get("url").asString();
        assertThat(url).matches(java.util.regex.Pattern.quote(BASE) + "/qr/[A-Za-z0-9]{16}");

        HttpResponse<byte[]> png = http.send(HttpRequest.newBuilder(URI.create(entry.get("pngUrl").asString()))
                .header("Authorization", "Bearer test-operator-token").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(png.headers().firstValue("Content-Type")).contains("image/png");
        var image = ImageIO.read(new ByteArrayInputStream(png.body()));
        String decoded = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
                .getText();
        assertThat(decoded).isEqualTo(url);

        HttpResponse<String> svg = admin("GET", "/admin/v1/qr-entries/" + entry.get("code").asString() + "/qr.svg", null);
        assertThat(svg.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
        assertThat(svg.body()).startsWith("<svg").contains("<path");
        assertThat(admin("GET", "/admin/v1/merchants/MCH_DEMO/qr-entries", null).body()).contains(entry.get("code").asString());
    }

    @Test
    void weChatScansIdentifyThePayerSilentlyForTheCashier() {
        Hop last = Browser.wechat().asSandboxUser(BASE, "alice")
                .follow(entry.get("url").asString(), l -> l.startsWith(CASHIER));
        Map<String, String> answer = Browser.query(last.location());
        assertThat(answer).containsEntry("channel", "WECHAT_OA").containsEntry("state", entry.get("code").asString())
                .containsKey("openid");
        assertThat(new MerchantClient(BASE, demo.appId(), demo.mchNo(), demo.appKey()).verifyAnswer(answer)).isTrue();
    }

    @Test
    void cloudPayScansGoThroughUnionPay() {
        Browser browser = new Browser(UNIONPAY_UA);
        Hop first = browser.get(entry.get("url").asString());
        assertThat(first.location()).contains("/qrcGtwWeb-web/api/userAuth");
    }

    @Test
    void qqAndOrdinaryBrowsersAreAskedToScanWithAWallet() {
        for (String ua : new String[] {"Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0 Safari/537.36",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 9_1 like Mac OS X) Mobile/13B143 QQ/6.1.0.496 NetType/WIFI"}) {
            Hop hop = new Browser(ua).get(entry.get("url").asString());
            assertThat(hop.status()).as(ua).isEqualTo(200);
            assertThat(hop.body()).as(ua).contains("请使用以下App扫码付款").contains("云闪付");
        }
    }

    @Test
    void mqqBrowserInsideWeChatAndroidIsStillWeChat() {
        Browser x5 = new Browser("Mozilla/5.0 (Linux; U; Android 5.1; zh-cn) AppleWebKit/533.1 Version/4.0 MQQBrowser/5.4 TBS/025491"
                + " Mobile Safari/533.1 MicroMessenger/6.3.13.49_r4080b63.740 NetType/WIFI Language/zh_CN");
        assertThat(x5.get(entry.get("url").asString()).location()).contains("/sandbox/wechat/open/connect/oauth2/authorize");
    }

    @Test
    void unknownCodesAndBadEntriesAreRefusedClearly() throws Exception {
        Hop unknown = Browser.wechat().get(BASE + "/qr/doesnotexist0000");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("NOT_FOUND");

        HttpResponse<String> outside = admin("POST", "/admin/v1/merchants/MCH_DEMO/qr-entries",
                "{\"appId\":\"app_demo\",\"name\":\"x\",\"redirectUri\":\"https://evil.example/\"}");
        assertThat(outside.statusCode()).isEqualTo(403);
        assertThat(outside.body()).contains("REDIRECT_NOT_ALLOWED");
        assertThat(admin("POST", "/admin/v1/merchants/MCH_DEMO/qr-entries", "{\"name\":\"x\"}").statusCode()).isEqualTo(400);
        assertThat(admin("GET", "/admin/v1/qr-entries/nope/qr.png?size=5", null).statusCode()).isEqualTo(400);
        assertThat(admin("GET", "/admin/v1/qr-entries/nope/qr.svg", null).statusCode()).isEqualTo(404);
    }
}
