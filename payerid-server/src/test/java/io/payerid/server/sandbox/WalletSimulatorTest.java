package io.payerid.server.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.support.GatewayTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The sandbox wallet opens a counter QR code "inside" each app, as the chosen payer. */
class WalletSimulatorTest extends GatewayTest {

    @Autowired
    DemoTenantSeeder seeder;

    private final HttpClient http = HttpClient.newHttpClient();
    private String qrUrl;

    @BeforeEach
    void qrEntry() throws Exception {
        seeder.seed();
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(BASE + "/admin/v1/merchants/MCH_DEMO/qr-entries"))
                .header("Authorization", "Bearer test-operator-token").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"appId\":\"app_demo\",\"name\":\"wallet test\",\"redirectUri\":\"" + BASE + "/demo/return\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher url = Pattern.compile("\"url\":\"([^\"]+)\"").matcher(created.body());
        assertThat(url.find()).as(created.body()).isTrue();
        qrUrl = url.group(1);
    }

    private HttpResponse<String> open(String url, String app, String payer) throws Exception {
        String form = "url=" + URLEncoder.encode(url, StandardCharsets.UTF_8) + "&app=" + app + "&payer=" + payer;
        return http.send(HttpRequest.newBuilder(URI.create(BASE + "/sandbox/wallet"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String finalUrl(String page) {
        Matcher end = Pattern.compile("最终到达:<a href=\"([^\"]+)\"").matcher(page);
        assertThat(end.find()).as(page).isTrue();
        return end.group(1).replace("&amp;", "&");
    }

    @Test
    void weChatEndsAtTheCashierWithAnOpenid() throws Exception {
        HttpResponse<String> page = open(qrUrl, "WECHAT", "alice");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/sandbox/wechat/open/connect/oauth2/authorize");
        assertThat(finalUrl(page.body())).startsWith(BASE + "/demo/return?").contains("channel=WECHAT_OA").contains("openid=o");
    }

    @Test
    void alipayAndCloudPayTakeTheirOwnFlows() throws Exception {
        assertThat(finalUrl(open(qrUrl, "ALIPAY", "bob").body())).contains("channel=ALIPAY");
        assertThat(finalUrl(open(qrUrl, "UNIONPAY", "bob").body())).contains("channel=UNIONPAY").contains("userId=");
    }

    @Test
    void aSandboxPaymentIsMadeForThePayer() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(BASE + "/sandbox/wallet/pay"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("appid=wxdemominiapp0001&mch_id=1900000109&out_trade_no=wallet42&payer=alice"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("沙箱支付结果(201)").contains("transaction_id").contains("openid");
        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(BASE + "/sandbox/wallet/pay"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("appid=x%22&mch_id=abc&out_trade_no=1&payer=alice")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
    }

    @Test
    void itOpensOnlyThisServersOwnLinks() throws Exception {
        HttpResponse<String> page = open("http://example.com/", "WECHAT", "alice");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("只能打开本网关");
        assertThat(open(qrUrl, "QQ", "alice").statusCode()).isEqualTo(400);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(BASE + "/sandbox/wallet")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).contains("在App内打开");
    }
}
