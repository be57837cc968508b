package io.payerid.sandbox.wechat;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The snsapi_userinfo consent page (授权页) with 允许 / 拒绝. A POST form rather than links, so
 * that link prefetchers cannot decide for the person.
 */
final class ConsentPage {

    static final String DECISION_ALLOW = "allow";
    static final String DECISION_DENY = "deny";

    private ConsentPage() {
    }

    static ServerResponse render(AuthorizeRequest request, SandboxUser user, String actionHref, String ticket) {
        String body = "<div class=\"card\">\n"
                + "<h1>" + HtmlPage.escape(request.app().appid()) + " 申请使用</h1>\n"
                + "<p>获得你的公开信息（昵称、头像、地区及性别）</p>\n"
                + "<p class=\"muted\">当前微信用户：" + HtmlPage.escape(user.nickname())
                + "（" + HtmlPage.escape(user.id()) + "）</p>\n"
                + "<form method=\"post\" action=\"" + HtmlPage.escape(actionHref) + "\">\n"
                + "<input type=\"hidden\" name=\"ticket\" value=\"" + HtmlPage.escape(ticket) + "\">\n"
                + "<button class=\"btn primary\" type=\"submit\" name=\"decision\" value=\"" + DECISION_ALLOW
                + "\">允许</button>\n"
                + "<button class=\"btn secondary\" type=\"submit\" name=\"decision\" value=\"" + DECISION_DENY
                + "\">拒绝</button>\n"
                + "</form>\n</div>";
        return HtmlPage.respond(HttpStatus.OK, "微信授权", body);
    }
}
