package io.payerid.sandbox.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.servlet.function.ServerResponse;

import static io.payerid.sandbox.support.HtmlPage.escape;

/**
 * The list {@link PayerPicker} shows: each entry links to the cookie-setting endpoint, carrying along
 * where to go afterwards (for instance the authorize request that was waiting for a payer).
 */
final class PayerPickerPage<P extends SandboxPayer> {

    private final HtmlPage shell;
    private final String title;
    private final Function<P, String> describe;

    PayerPickerPage(HtmlPage shell, String title, Function<P, String> describe) {
        this.shell = shell;
        this.title = title;
        this.describe = describe;
    }

    ServerResponse render(HttpStatusCode status, List<P> payers, Optional<P> current, String selectHref, String returnTo,
                          String notice) {
        StringBuilder body = new StringBuilder("<div class=\"card\">\n<h1>").append(escape(title)).append("</h1>\n");
        if (notice != null) {
            body.append("<p class=\"code\">").append(escape(notice)).append("</p>\n");
        }
        body.append("<p class=\"muted\">当前用户：")
                .append(escape(current.map(p -> p.displayName() + "（" + p.id() + "）").orElse("未选择")))
                .append("</p>\n<ul>\n");
        for (P payer : payers) {
            body.append("<li><a href=\"").append(escape(selectLink(selectHref, payer, returnTo))).append("\">")
                    .append(escape(payer.displayName())).append(" <span class=\"muted\">")
                    .append(escape(describe.apply(payer))).append("</span></a></li>\n");
        }
        body.append("</ul>\n</div>");
        return shell.respond(status, title, body.toString());
    }

    private static String selectLink(String selectHref, SandboxPayer payer, String returnTo) {
        String link = selectHref + "?user=" + URLEncoder.encode(payer.id(), StandardCharsets.UTF_8);
        return returnTo == null ? link : link + "&return=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8);
    }
}
