package io.payerid.sandbox.wechat;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.ServerResponse;

import static io.payerid.sandbox.support.HtmlPage.escape;

/**
 * The error page WeChat shows in the browser when an authorize request is refused. It is a page
 * for the person, not JSON for the server: the merchant never gets a callback. Served with
 * HTTP 200, as WeChat does.
 *
 * @param code    WeChat's page error code (10003 …), or null where WeChat documents none
 * @param message Chinese explanation shown under the code
 */
// Not shared with the other simulators' error pages: each upstream words and codes its refusal page its own way.
record WechatErrorPage(Integer code, String message) {

    static WechatErrorPage appidMissing() {
        return new WechatErrorPage(10012, "appid 参数为空");
    }

    /** WeChat documents no page code for this; the sandbox reuses the API's 40013. */
    static WechatErrorPage appidUnknown() {
        return new WechatErrorPage(40013, "appid 无效，沙箱中没有登记这个公众号");
    }

    static WechatErrorPage redirectUriMissing() {
        return new WechatErrorPage(10011, "redirect_uri 参数为空");
    }

    static WechatErrorPage redirectDomainMismatch() {
        return new WechatErrorPage(10003, "redirect_uri 域名与后台配置不一致");
    }

    static WechatErrorPage scopeMissing() {
        return new WechatErrorPage(10010, "scope 参数为空");
    }

    static WechatErrorPage scopeNotAllowed() {
        return new WechatErrorPage(10005, "此公众号并没有这些 scope 的权限");
    }

    static WechatErrorPage responseTypeInvalid() {
        return new WechatErrorPage(null, "response_type 参数错误，只能为 code");
    }

    static WechatErrorPage stateInvalid(boolean strict) {
        return new WechatErrorPage(null, strict
                ? "state 参数错误：最多 128 字节，只能包含字母和数字"
                : "state 参数错误：最多 128 字节");
    }

    static WechatErrorPage componentNotAuthorized() {
        return new WechatErrorPage(61003, "该公众号未授权给此第三方平台");
    }

    static WechatErrorPage consentExpired() {
        return new WechatErrorPage(null, "授权请求已失效，请返回重新发起授权");
    }

    ServerResponse toResponse() {
        String codeLine = code == null ? "" : "<p class=\"code\">错误码：" + code + "</p>\n";
        String body = "<div class=\"card\">\n<h1>出错了</h1>\n" + codeLine
                + "<p>" + escape(message) + "</p>\n"
                + "<p class=\"muted\">PayerID 微信网页授权沙箱</p>\n</div>";
        return WechatPages.SHELL.respond(HttpStatus.OK, "微信网页授权", body);
    }
}
