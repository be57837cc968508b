package io.payerid.sandbox.wechat;

import static io.payerid.sandbox.support.HtmlPage.escape;

import io.payerid.sandbox.support.CallbackUrls;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The authorization page a merchant's admin reaches from a platform's onboarding link (授权注册页面):
 * {@code GET {mp}/cgi-bin/componentloginpage?component_appid&pre_auth_code&redirect_uri&auth_type} shows the platform
 * and lets the admin pick which sandbox account (official account or mini-program) grants it (WeChat: the admin scans
 * with the account's admin WeChat); {@code POST .../approve} spends the pre_auth_code (once, atomically), records the
 * authorization, pushes the {@code authorized} event and sends the browser to
 * {@code redirect_uri?auth_code=...&expires_in=...}. An unknown, spent or expired pre_auth_code shows an error page.
 */
class ComponentLoginController {

    private final SandboxComponents components;
    private final SandboxWechatApps apps;
    private final ComponentPusher pusher;
    private final SandboxWechatPaths paths;

    ComponentLoginController(SandboxComponents components, SandboxWechatApps apps, ComponentPusher pusher,
                             SandboxWechatPaths paths) {
        this.components = components;
        this.apps = apps;
        this.pusher = pusher;
        this.paths = paths;
    }

    ServerResponse page(ServerRequest request) {
        Optional<SandboxComponent> component = components.find(param(request, "component_appid"));
        String preAuthCode = param(request, "pre_auth_code");
        String redirectUri = param(request, "redirect_uri");
        if (component.isEmpty() || preAuthCode == null || redirectUri == null || CallbackUrls.httpHost(redirectUri).isEmpty()) {
            return error("参数错误：component_appid、pre_auth_code 或 redirect_uri 无效");
        }
        String action = request.servletRequest().getContextPath() + paths.componentApprove();
        String body = "<div class=\"card\">\n<h1>授权给第三方平台</h1>\n<p>第三方平台 <b>" + escape(component.get().appid())
                + "</b> 申请获得你的公众号或小程序的权限。</p>\n"
                + "<form method=\"post\" action=\"" + escape(action) + "\">\n"
                + hidden("component_appid", component.get().appid()) + hidden("pre_auth_code", preAuthCode)
                + hidden("redirect_uri", redirectUri)
                + "<label class=\"field\">授权的账号（沙箱中的公众号或小程序 appid）<input name=\"authorizer_appid\" id=\"authorizer_appid\" "
                + "required pattern=\"[A-Za-z0-9_-]{1,64}\" autocomplete=\"off\" placeholder=\"wx…\"></label>\n"
                + "<button class=\"btn primary\" type=\"submit\" id=\"approve\" name=\"decision\" value=\"approve\">确认授权</button>\n</form>\n"
                + "<p class=\"muted\">PayerID 微信第三方平台沙箱：管理员扫码确认由此页代替</p>\n</div>";
        return WechatPages.SHELL.respond(HttpStatus.OK, "公众号授权", body);
    }

    ServerResponse approve(ServerRequest request) {
        Optional<SandboxComponent> component = components.find(param(request, "component_appid"));
        String redirectUri = param(request, "redirect_uri");
        String authorizer = param(request, "authorizer_appid");
        if (component.isEmpty() || redirectUri == null || CallbackUrls.httpHost(redirectUri).isEmpty()) {
            return error("参数错误");
        }
        if (authorizer == null || apps.find(authorizer).isEmpty()) {
            return error("沙箱中没有这个公众号或小程序：" + (authorizer == null ? "" : authorizer));
        }
        if (!components.spendPreAuthCode(component.get().appid(), param(request, "pre_auth_code"))) {
            return error("授权链接已失效（pre_auth_code 无效、已使用或已过期），请重新获取");
        }
        String authCode = components.authorize(component.get().appid(), authorizer);
        pusher.pushAuthorization(component.get(), "authorized", authorizer, authCode);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("auth_code", authCode);
        params.put("expires_in", String.valueOf(components.authCodeSeconds()));
        return ServerResponse.status(HttpStatus.FOUND)
                .header(HttpHeaders.LOCATION, CallbackUrls.withQueryParams(redirectUri, params)).build();
    }

    private static ServerResponse error(String message) {
        return WechatPages.SHELL.respond(HttpStatus.OK, "公众号授权",
                "<div class=\"card\">\n<h1>出错了</h1>\n<p>" + escape(message) + "</p>\n</div>");
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + escape(value) + "\">\n";
    }

    private static String param(ServerRequest request, String name) {
        return request.param(name).filter(value -> !value.isBlank()).orElse(null);
    }
}
