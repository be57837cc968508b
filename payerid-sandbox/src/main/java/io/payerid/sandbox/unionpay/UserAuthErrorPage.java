package io.payerid.sandbox.unionpay;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.ServerResponse;

import static io.payerid.sandbox.support.HtmlPage.escape;

/**
 * What the payer sees when userAuth refuses a request: a page, never a callback (the merchant hears
 * nothing). Served with HTTP 200, as the real page is.
 */
// Not shared with the other simulators' error pages: each upstream words and codes its refusal page its own way.
record UserAuthErrorPage(String title, String message) {

    /** The page a plain browser gets: userAuth only works inside a UnionPay-capable app. */
    static UserAuthErrorPage notInUnionPayApp() {
        return new UserAuthErrorPage("请使用云闪付APP扫码", "当前页面需要在云闪付或支持银联支付的银行APP中打开。");
    }

    static UserAuthErrorPage versionMissing() {
        return new UserAuthErrorPage("请求参数错误", "version 参数为空或格式错误");
    }

    static UserAuthErrorPage redirectUrlMissing() {
        return new UserAuthErrorPage("请求参数错误", "redirectUrl 参数为空或不是 http(s) 地址");
    }

    static UserAuthErrorPage redirectDomainNotRegistered() {
        return new UserAuthErrorPage("授权失败", "redirectUrl 域名未登记，请联系收单机构配置授权回调域名");
    }

    ServerResponse toResponse() {
        String body = "<div class=\"card\">\n<h1>" + escape(title) + "</h1>\n<p>"
                + escape(message) + "</p>\n<p class=\"muted\">PayerID 云闪付授权沙箱</p>\n</div>";
        return UnionPayPages.SHELL.respond(HttpStatus.OK, title, body);
    }
}
