package io.payerid.server.component;

import io.payerid.core.tenant.ChannelKind;
import io.payerid.server.web.BrowserFlow;
import io.payerid.server.web.Redirects;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The browser side of onboarding, visited by the merchant's admin: the link from the admin API
 * ({@code /authorize?link=}) goes on to WeChat's authorization page, WeChat comes back to {@code /authorized} with
 * {@code auth_code}. Failures are the zh-CN page ({@link BrowserFlow}), never JSON.
 */
@RestController
@BrowserFlow
@Tag(name = "Native browser flow")
class ComponentOnboardingController {

    private final ComponentOnboarding onboarding;

    ComponentOnboardingController(ComponentOnboarding onboarding) {
        this.onboarding = onboarding;
    }

    @GetMapping("/v1/wechat/component/{instNo}/authorize")
    @Operation(summary = "Open an onboarding link: 302 to WeChat's third-party platform authorization page")
    ResponseEntity<Void> authorize(@PathVariable String instNo, @RequestParam(required = false) String link) {
        return Redirects.found(onboarding.start(instNo, required(link)));
    }

    @GetMapping("/v1/wechat/component/{instNo}/authorized")
    @Operation(summary = "WeChat's return from the authorization page: stores the authorizer, shows the result")
    ResponseEntity<String> authorized(@PathVariable String instNo, @RequestParam(required = false) String link,
                                      @RequestParam(name = "auth_code", required = false) String authCode) {
        ComponentOnboarding.Onboarded done = onboarding.complete(instNo, required(link), authCode);
        String html = """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width,initial-scale=1">
                <title>授权成功</title>
                <style>body{font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;padding:48px 24px;
                text-align:center;color:#333;background:#f7f7f7}h1{font-size:20px;margin:16px 0}p{color:#666;font-size:15px}</style>
                </head><body><h1 id="result">授权成功</h1><p>商户 %s 的%s %s 已授权给服务商的第三方平台。</p>
                <p>现在可以关闭此页面。</p></body></html>
                """.formatted(HtmlUtils.htmlEscape(done.mchNo()),
                done.kind() == ChannelKind.WECHAT_OA ? "公众号" : "小程序",
                HtmlUtils.htmlEscape(done.authorizerAppId()));
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store").body(html);
    }

    private static String required(String link) {
        return link == null ? "" : link;
    }
}
