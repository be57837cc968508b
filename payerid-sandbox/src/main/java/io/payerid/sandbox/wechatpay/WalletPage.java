package io.payerid.sandbox.wechatpay;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.payerid.sandbox.wechat.SandboxUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.util.HtmlUtils;

/**
 * The sandbox wallet's 付款码 screen, zh-CN: who is paying (switchable), the code as digits, barcode and
 * QR, when it expires, and a refresh button. It reloads itself when the code expires, as WeChat's does.
 */
final class WalletPage {

    private static final MediaType TEXT_HTML_UTF8 = MediaType.parseMediaType("text/html;charset=UTF-8");

    private WalletPage() {
    }

    /** Where the page's links and form point. */
    record Links(String wallet, String refresh) {
    }

    static ServerResponse pickUser(List<SandboxUser> payers, Links links) {
        return respond("选择付款人", "<h1>选择付款人</h1><p class=\"muted\">沙箱钱包:选择一位沙箱微信用户,查看其付款码。</p>"
                + userLinks(payers, null, links));
    }

    static ServerResponse show(SandboxUser payer, IssuedCode code, Instant now, List<SandboxUser> payers, Links links) {
        long secondsLeft = Math.max(0, Duration.between(now, code.expiresAt()).toSeconds());
        String digits = code.authCode();
        String body = "<h1>向商家付款</h1>"
                + "<p class=\"muted\">付款人:" + esc(payer.nickname()) + "(" + esc(payer.id()) + ")</p>"
                + "<div class=\"code\">" + CodeImages.barcodeSvg(digits) + "</div>"
                + "<p class=\"digits\" id=\"auth-code\">" + esc(digits) + "</p>"
                + "<div class=\"code\">" + CodeImages.qrSvg(digits) + "</div>"
                + "<p class=\"muted\">" + secondsLeft + " 秒后失效(" + esc(code.expiresAt().toString()) + ")</p>"
                + "<form method=\"post\" action=\"" + esc(links.refresh()) + "\"><button class=\"btn\" type=\"submit\">"
                + "刷新付款码</button></form>"
                + "<h2>切换付款人</h2>" + userLinks(payers, payer, links)
                + "<p class=\"muted\">沙箱付款码仅供测试。openid 与沙箱网页授权相同;真实微信中两者可能不同。</p>";
        return respond("付款码", body, secondsLeft + 1);
    }

    private static String userLinks(List<SandboxUser> payers, SandboxUser current, Links links) {
        StringBuilder list = new StringBuilder("<ul>");
        for (SandboxUser user : payers) {
            String mark = user.equals(current) ? " ✓" : "";
            list.append("<li><a href=\"").append(esc(links.wallet() + "?user=" + user.id())).append("\">")
                    .append(esc(user.nickname())).append(" <span class=\"muted\">").append(esc(user.id())).append(mark)
                    .append("</span></a></li>");
        }
        return list.append("</ul>").toString();
    }

    private static ServerResponse respond(String title, String body) {
        return respond(title, body, -1);
    }

    private static ServerResponse respond(String title, String body, long reloadAfterSeconds) {
        String reload = reloadAfterSeconds < 0 ? "" : "<meta http-equiv=\"refresh\" content=\"" + reloadAfterSeconds + "\">";
        String html = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" + reload
                + "<title>" + esc(title) + "</title><style>"
                + "body{font-family:-apple-system,\"PingFang SC\",\"Microsoft YaHei\",sans-serif;margin:0;background:#07c160;color:#191919}"
                + "main{max-width:400px;margin:16px auto;padding:20px;background:#fff;border-radius:8px;text-align:center}"
                + "h1{font-size:20px}h2{font-size:16px;margin-top:24px}.muted{color:#888;font-size:13px}"
                + ".digits{font-family:monospace;font-size:20px;letter-spacing:2px}.code svg{max-width:100%;height:auto}"
                + ".btn{width:100%;padding:12px;border:0;border-radius:6px;background:#f2f2f2;color:#07c160;font-size:17px}"
                + "ul{list-style:none;padding:0}li a{display:block;padding:10px;border-bottom:1px solid #eee;color:#191919;"
                + "text-decoration:none}</style></head><body><main>" + body + "</main></body></html>";
        return ServerResponse.status(HttpStatus.OK).contentType(TEXT_HTML_UTF8).header("Cache-Control", "no-store").body(html);
    }

    private static String esc(String value) {
        return HtmlUtils.htmlEscape(value);
    }
}
