package io.payerid.sandbox.wallet;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * {@code GET {base}} shows the form; {@code POST {base}} opens the URL "inside" the chosen wallet app as
 * the chosen sandbox payer and shows every hop. Only URLs on this server's own host are opened.
 */
final class WalletSimulatorController {

    private static final Set<String> PAYERS = Set.of("alice", "bob");
    private static final Pattern APPID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern MCH_ID = Pattern.compile("[0-9]{1,32}");
    private static final Pattern OUT_TRADE_NO = Pattern.compile("[0-9A-Za-z_\\-|*]{1,32}");

    private final String paymentsPath;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    /** @param paymentsPath the WeChat sandbox's payments endpoint, e.g. {@code /sandbox/wechat/payments} */
    WalletSimulatorController(String paymentsPath) {
        this.paymentsPath = paymentsPath;
    }

    /**
     * The payer pays a WeChat Pay order in a mini-program (so getpaidunionid has something to find):
     * a call to the WeChat sandbox's payments endpoint on this same server, shown as it answered.
     */
    ServerResponse pay(ServerRequest request) {
        String appid = request.param("appid").orElse("");
        String mchId = request.param("mch_id").orElse("");
        String outTradeNo = request.param("out_trade_no").orElse("");
        String payer = request.param("payer").filter(PAYERS::contains).orElse(null);
        if (payer == null || !APPID.matcher(appid).matches() || !MCH_ID.matcher(mchId).matches()
                || !OUT_TRADE_NO.matcher(outTradeNo).matches()) {
            return WalletSimulatorPage.render(HttpStatus.BAD_REQUEST, "", WalletApp.WECHAT, "alice", null,
                    "支付参数错误:appid、mch_id(数字)、out_trade_no(≤32位字母数字)和付款人都要填");
        }
        // Every value was checked against a strict pattern above, so plain concatenation is safe JSON.
        String json = "{\"appid\":\"" + appid + "\",\"user\":\"" + payer + "\",\"mch_id\":\"" + mchId
                + "\",\"out_trade_no\":\"" + outTradeNo + "\"}";
        URI self = request.uri().resolve(paymentsPath);
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(self).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return WalletSimulatorPage.render(HttpStatus.OK, "", WalletApp.WECHAT, payer, null,
                    "沙箱支付结果(" + answer.statusCode() + "):" + answer.body());
        } catch (IOException e) {
            return WalletSimulatorPage.render(HttpStatus.BAD_GATEWAY, "", WalletApp.WECHAT, payer, null, "支付失败:" + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return WalletSimulatorPage.render(HttpStatus.SERVICE_UNAVAILABLE, "", WalletApp.WECHAT, payer, null, "已中断");
        }
    }

    ServerResponse form(ServerRequest request) {
        return WalletSimulatorPage.render(HttpStatus.OK, request.param("url").orElse(""), WalletApp.WECHAT, "alice", null, null);
    }

    ServerResponse open(ServerRequest request) {
        String url = request.param("url").orElse("").trim();
        WalletApp app = request.param("app").flatMap(WalletApp::parse).orElse(null);
        String payer = request.param("payer").filter(PAYERS::contains).orElse(null);
        String host = request.uri().getHost();
        if (app == null || payer == null) {
            return WalletSimulatorPage.render(HttpStatus.BAD_REQUEST, url, WalletApp.WECHAT, "alice", null, "请选择App和付款人");
        }
        URI target;
        try {
            target = URI.create(url);
        } catch (IllegalArgumentException e) {
            target = null;
        }
        if (target == null || !InAppBrowser.onHost(target, host)) {
            return WalletSimulatorPage.render(HttpStatus.BAD_REQUEST, url, app, payer, null,
                    "只能打开本网关(" + host + ")上的链接,例如聚合码链接或 /demo");
        }
        try {
            List<InAppBrowser.Hop> hops = new InAppBrowser(app, payer, target).open(target, host);
            return WalletSimulatorPage.render(HttpStatus.OK, url, app, payer, hops, null);
        } catch (IOException e) {
            return WalletSimulatorPage.render(HttpStatus.BAD_GATEWAY, url, app, payer, null, "打开失败:" + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return WalletSimulatorPage.render(HttpStatus.SERVICE_UNAVAILABLE, url, app, payer, null, "已中断");
        }
    }
}
