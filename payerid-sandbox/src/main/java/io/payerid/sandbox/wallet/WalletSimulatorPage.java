package io.payerid.sandbox.wallet;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.util.HtmlUtils;

/** The simulator's one page: the form, and after a run the hops and where the payer ended up. */
final class WalletSimulatorPage {

    private WalletSimulatorPage() {
    }

    static ServerResponse render(HttpStatus status, String url, WalletApp app, String payer, List<InAppBrowser.Hop> hops,
                                 String message) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>沙箱钱包:在App内打开链接</h1>")
                .append("<p class=\"muted\">浏览器无法伪装成微信、支付宝或云闪付。这里由沙箱扮演所选App的内置浏览器:")
                .append("带上它的 User-Agent 和所选沙箱付款人,逐跳跟随跳转,并在授权页上点“允许/同意”。</p>")
                .append("<form method=\"post\"><label class=\"wide\">链接 <input name=\"url\" value=\"").append(esc(url))
                .append("\" placeholder=\"http://localhost:8080/qr/…\"></label><br>")
                .append("<label>App <select name=\"app\">");
        for (WalletApp a : WalletApp.values()) {
            body.append("<option value=\"").append(a.name()).append(a == app ? "\" selected>" : "\">")
                    .append(esc(a.displayName())).append("</option>");
        }
        body.append("</select></label> <label>付款人 <select name=\"payer\">");
        for (String p : List.of("alice", "bob")) {
            body.append("<option").append(p.equals(payer) ? " selected" : "").append('>').append(p).append("</option>");
        }
        body.append("</select></label> <button type=\"submit\">在App内打开</button></form>")
                .append("<h2>沙箱支付(小程序微信支付)</h2><p class=\"muted\">付款后5分钟内可用 getpaidunionid 查询该付款人的 unionid。")
                .append("付款码见 <a href=\"/sandbox/wechatpay/wallet\">微信付款码页</a>。</p>")
                .append("<form method=\"post\" action=\"/sandbox/wallet/pay\">")
                .append("<label>appid <input name=\"appid\" value=\"wxdemominiapp0001\"></label>")
                .append("<label>mch_id <input name=\"mch_id\" value=\"1900000109\"></label>")
                .append("<label>out_trade_no <input name=\"out_trade_no\" value=\"order").append(System.nanoTime() % 1_000_000_000L)
                .append("\"></label><label>付款人 <select name=\"payer\"><option>alice</option><option>bob</option></select></label>")
                .append(" <button type=\"submit\">付款</button></form>");
        if (message != null) {
            body.append("<p class=\"error\">").append(esc(message)).append("</p>");
        }
        if (hops != null && !hops.isEmpty()) {
            body.append("<div class=\"hops\"><table><tr><th>#</th><th>请求</th><th>状态</th><th>跳转到</th></tr>");
            for (int i = 0; i < hops.size(); i++) {
                InAppBrowser.Hop h = hops.get(i);
                body.append("<tr><td>").append(i + 1).append("</td><td>").append(h.method()).append(' ').append(esc(h.url()))
                        .append("</td><td>").append(h.status()).append("</td><td>").append(esc(h.location() == null ? "" : h.location()))
                        .append("</td></tr>");
            }
            InAppBrowser.Hop last = hops.getLast();
            String end = last.location() != null ? last.location() : last.url();
            body.append("</table></div><p>最终到达:<a href=\"").append(esc(end)).append("\">").append(esc(end)).append("</a></p>");
        }
        String html = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>沙箱钱包</title>"
                // Phone width (414 px and less): nothing wider than the screen. Inputs and labels shrink to it,
                // the link field takes a line of its own, long URLs break anywhere, the hop table scrolls alone.
                + "<style>*{box-sizing:border-box}body{font-family:-apple-system,\"PingFang SC\",sans-serif;max-width:960px;"
                + "margin:24px auto;padding:0 16px;overflow-wrap:anywhere}"
                + "label{display:inline-block;max-width:100%}label.wide{display:block}label.wide input{width:100%}"
                + "input,select,button{margin:4px 0;max-width:100%;font-size:16px}"
                + ".hops{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:13px;table-layout:fixed}"
                + "td,th{border-bottom:1px solid #eee;padding:4px;text-align:left;word-break:break-all}"
                + "th:first-child,td:first-child{width:2em}th:nth-child(3),td:nth-child(3){width:3.5em}"
                + "a{word-break:break-all}.muted{color:#888}.error{color:#d33}</style>"
                + "</head><body>" + body + "</body></html>";
        return ServerResponse.status(status).contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(html);
    }

    private static String esc(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s);
    }
}
