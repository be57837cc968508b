package io.payerid.sandbox.unionpay;

import java.util.List;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.servlet.function.ServerResponse;

import static io.payerid.sandbox.support.HtmlPage.escape;

/**
 * Shown when the browser has not chosen a sandbox payer yet: one button per payer (authorizes as them and
 * remembers the choice in a cookie) and 取消授权 (goes back with respCode {@value UserAuthController#RESP_CANCELLED}).
 */
final class UserAuthPickerPage {

    private UserAuthPickerPage() {
    }

    static ServerResponse render(HttpStatusCode status, List<SandboxCardholder> cardholders, String action,
                                 UserAuthRequest request, String notice) {
        StringBuilder body = new StringBuilder("<div class=\"card\">\n<h1>云闪付授权</h1>\n");
        if (notice != null) {
            body.append("<p class=\"notice\">").append(escape(notice)).append("</p>\n");
        }
        body.append("<p>商户请求获取您的银联用户标识。请选择一个沙箱用户：</p>\n")
                .append("<form method=\"post\" action=\"").append(escape(action)).append("\">\n")
                .append(hidden("version", request.version()))
                .append(hidden("redirectUrl", request.redirectUrl()));
        for (SandboxCardholder cardholder : cardholders) {
            body.append("<button class=\"btn primary\" type=\"submit\" name=\"user\" value=\"")
                    .append(escape(cardholder.id())).append("\">")
                    .append(escape(cardholder.name())).append(" <span class=\"muted\">")
                    .append(escape(cardholder.id())).append("</span></button>\n");
        }
        body.append("<button class=\"btn secondary\" type=\"submit\" name=\"cancel\" value=\"1\">取消授权</button>\n")
                .append("</form>\n</div>");
        return UnionPayPages.SHELL.respond(status, "云闪付授权", body.toString());
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + escape(value) + "\">\n";
    }
}
