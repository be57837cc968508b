package io.payerid.sandbox.alipay;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The auth_user consent page with 同意 / 拒绝. A POST form rather than links, so that link prefetchers
 * cannot decide for the person.
 */
final class ConsentPage {

    static final String DECISION_ALLOW = "allow";
    static final String DECISION_DENY = "deny";

    private ConsentPage() {
    }

    static ServerResponse render(AuthorizeRequest request, SandboxAlipayUser user, String actionHref, String ticket) {
        String body = "<div class=\"card\">\n"
                + "<h1>应用 " + AlipayHtmlPage.escape(request.app().appId()) + " 申请获取</h1>\n"
                + "<p>你的支付宝头像、昵称、性别和地区</p>\n"
                + "<p class=\"muted\">当前支付宝账号：" + AlipayHtmlPage.escape(user.nickName())
                + "（" + AlipayHtmlPage.escape(user.id()) + "）</p>\n"
                + "<form method=\"post\" action=\"" + AlipayHtmlPage.escape(actionHref) + "\">\n"
                + "<input type=\"hidden\" name=\"ticket\" value=\"" + AlipayHtmlPage.escape(ticket) + "\">\n"
                + "<button class=\"btn primary\" type=\"submit\" name=\"decision\" value=\"" + DECISION_ALLOW + "\">同意</button>\n"
                + "<button class=\"btn secondary\" type=\"submit\" name=\"decision\" value=\"" + DECISION_DENY + "\">拒绝</button>\n"
                + "</form>\n</div>";
        return AlipayHtmlPage.respond(HttpStatus.OK, "支付宝授权", body);
    }
}
