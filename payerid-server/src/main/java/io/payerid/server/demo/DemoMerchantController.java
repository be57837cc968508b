package io.payerid.server.demo;

import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.server.config.PayerIdProperties;
import io.payerid.server.tryit.SignedAnswer;
import io.payerid.server.tryit.SignedAuthorizeUrl;
import io.payerid.server.web.RequestParameters;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/**
 * A pretend merchant living inside embedded mode, so the whole flow can be tried in a browser:
 * {@code /demo} starts a freshly signed request (timestamps and nonces are single-use, so a printed
 * URL would go stale), {@code /demo/return} verifies the answer's signature and shows the identity.
 * It signs exactly as a merchant following the README would.
 */
@Controller
@ConditionalOnProperty(name = "payerid.embedded.demo", havingValue = "true")
public class DemoMerchantController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final TenantDirectory tenants;
    private final PayerIdProperties properties;
    private final Clock clock;

    public DemoMerchantController(TenantDirectory tenants, PayerIdProperties properties, Clock clock) {
        this.tenants = tenants;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/demo")
    public ResponseEntity<String> index() {
        return page("PayerID 演示商户", """
                <p>模拟商户需要获取付款人的微信 openid。点击下面的按钮,网关会带你走完整的微信网页授权流程
                (嵌入模式下由内置沙箱扮演微信)。</p>
                <p><a class="btn" href="demo/start?scope=base">静默授权(snsapi_base)</a></p>
                <p><a class="btn" href="demo/start?scope=userinfo">用户信息授权(snsapi_userinfo)</a></p>
                <p><a class="btn" href="demo/start?scope=base&amp;channel=ALIPAY">支付宝授权</a></p>
                <p class="hint">在普通浏览器中,沙箱会先请你选择一个模拟微信用户(可在 <a href="sandbox/wechat/users">沙箱用户页</a> 切换)。
                想看扫聚合码的效果?在 <a href="sandbox/wallet">沙箱钱包</a> 里以微信、支付宝或云闪付打开任意网关链接。</p>
                """);
    }

    @GetMapping("/demo/start")
    public ResponseEntity<Void> start(@RequestParam(defaultValue = "base") String scope,
                                      @RequestParam(required = false) String channel) {
        MerchantApp app = demoApp();
        String url = SignedAuthorizeUrl.of(properties.publicBaseUrlWithoutSlash(), app, DemoTenant.MCH_NO,
                "ALIPAY".equals(channel) ? ChannelKind.ALIPAY : null, "userinfo".equals(scope) ? "userinfo" : "base",
                "demo" + SignedAuthorizeUrl.hex(4), properties.publicBaseUrlWithoutSlash() + "/demo/return", clock);
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(url)).build();
    }

    @GetMapping("/demo/return")
    public ResponseEntity<String> returned(HttpServletRequest request) {
        Map<String, String> params = new LinkedHashMap<>(RequestParameters.single(request));
        MerchantApp app = demoApp();
        boolean valid = SignedAnswer.verifies(app, params);
        StringBuilder rows = new StringBuilder();
        params.forEach((k, v) -> rows.append("<tr><th>").append(HtmlUtils.htmlEscape(k)).append("</th><td>")
                .append(HtmlUtils.htmlEscape(v)).append("</td></tr>"));
        String verdict = valid ? "<p class=\"ok\">签名验证通过</p>" : "<p class=\"bad\">签名验证失败</p>";
        String title = params.containsKey("error") ? "授权未完成" : "已获取付款人身份";
        return page(title, verdict + "<table>" + rows + "</table><p><a href=\"../demo\">再试一次</a></p>");
    }

    private MerchantApp demoApp() {
        return tenants.appByAppId(DemoTenant.APP_ID)
                .orElseThrow(() -> new IllegalStateException("demo app missing: is payerid.embedded.demo seeding enabled?"));
    }

    private static ResponseEntity<String> page(String title, String body) {
        String html = """
                <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width,initial-scale=1"><title>%s</title>
                <style>body{font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;max-width:640px;margin:24px auto;
                padding:0 16px;color:#333}.btn{display:inline-block;padding:10px 18px;background:#07c160;color:#fff;border-radius:6px;
                text-decoration:none}table{border-collapse:collapse;width:100%%}th,td{border-bottom:1px solid #eee;padding:6px;
                text-align:left;word-break:break-all}.ok{color:#07c160}.bad{color:#d33}.hint{color:#888;font-size:13px}</style>
                </head><body><h1>%s</h1>%s</body></html>
                """.formatted(HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(title), body);
        return ResponseEntity.ok().contentType(HTML).body(html);
    }
}
