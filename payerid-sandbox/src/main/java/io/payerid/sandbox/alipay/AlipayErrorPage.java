package io.payerid.sandbox.alipay;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.ServerResponse;

import static io.payerid.sandbox.support.HtmlPage.escape;

/**
 * The page Alipay shows instead of redirecting when an authorize request is refused: the merchant
 * never gets a callback. The codes are the sandbox's own (Alipay's page wording varies by client
 * version); tests and developers branch on them.
 */
// Not shared with the other simulators' error pages: each upstream words and codes its refusal page its own way.
record AlipayErrorPage(String code, String message) {

    static AlipayErrorPage appIdMissing() {
        return new AlipayErrorPage("missing-app-id", "缺少 app_id 参数");
    }

    static AlipayErrorPage appIdUnknown() {
        return new AlipayErrorPage("invalid-app-id", "app_id 无效，沙箱中没有登记这个应用");
    }

    static AlipayErrorPage scopeMissing() {
        return new AlipayErrorPage("missing-scope", "缺少 scope 参数");
    }

    static AlipayErrorPage scopeInvalid() {
        return new AlipayErrorPage("invalid-scope", "scope 参数错误，沙箱支持 auth_base 与 auth_user");
    }

    static AlipayErrorPage redirectUriMissing() {
        return new AlipayErrorPage("missing-redirect-uri", "缺少 redirect_uri 参数");
    }

    static AlipayErrorPage redirectUriMismatch() {
        return new AlipayErrorPage("invalid-redirect-uri", "redirect_uri 与应用配置的授权回调地址不一致");
    }

    static AlipayErrorPage stateInvalid() {
        return new AlipayErrorPage("invalid-state", "state 参数错误：最多 100 个字符，只能包含字母和数字");
    }

    static AlipayErrorPage consentExpired() {
        return new AlipayErrorPage("consent-expired", "授权请求已失效，请返回重新发起授权");
    }

    ServerResponse toResponse() {
        String body = "<div class=\"card\">\n<h1>授权失败</h1>\n"
                + "<p class=\"code\">错误码：" + escape(code) + "</p>\n"
                + "<p>" + escape(message) + "</p>\n"
                + "<p class=\"muted\">PayerID 支付宝授权沙箱</p>\n</div>";
        return AlipayPages.SHELL.respond(HttpStatus.OK, "支付宝授权", body);
    }
}
