package io.payerid.sandbox.alipay;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Lists the sandbox Alipay users; each entry links to the cookie-setting endpoint, carrying along
 * where to go afterwards (for instance the authorize request that was waiting for a user).
 */
final class UserPickerPage {

    private UserPickerPage() {
    }

    static ServerResponse render(HttpStatusCode status, List<SandboxAlipayUser> users, Optional<SandboxAlipayUser> current,
                                 String selectHref, String returnTo, String notice) {
        StringBuilder body = new StringBuilder("<div class=\"card\">\n<h1>选择沙箱支付宝用户</h1>\n");
        if (notice != null) {
            body.append("<p class=\"code\">").append(AlipayHtmlPage.escape(notice)).append("</p>\n");
        }
        body.append("<p class=\"muted\">当前用户：")
                .append(AlipayHtmlPage.escape(current.map(u -> u.nickName() + "（" + u.id() + "）").orElse("未选择")))
                .append("</p>\n<ul>\n");
        for (SandboxAlipayUser user : users) {
            body.append("<li><a href=\"").append(AlipayHtmlPage.escape(selectLink(selectHref, user, returnTo))).append("\">")
                    .append(AlipayHtmlPage.escape(user.nickName())).append(" <span class=\"muted\">")
                    .append(AlipayHtmlPage.escape(describe(user))).append("</span></a></li>\n");
        }
        body.append("</ul>\n</div>");
        return AlipayHtmlPage.respond(status, "选择沙箱支付宝用户", body.toString());
    }

    private static String selectLink(String selectHref, SandboxAlipayUser user, String returnTo) {
        String link = selectHref + "?user=" + URLEncoder.encode(user.id(), StandardCharsets.UTF_8);
        return returnTo == null ? link : link + "&return=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8);
    }

    private static String describe(SandboxAlipayUser user) {
        String where = String.join(" ", user.province(), user.city()).trim();
        return user.id() + (where.isEmpty() ? "" : " · " + where);
    }
}
