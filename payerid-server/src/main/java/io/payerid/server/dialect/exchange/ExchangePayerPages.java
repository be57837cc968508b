package io.payerid.server.dialect.exchange;

import io.payerid.core.error.ErrorCode;
import io.payerid.server.web.PayerErrorPage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/**
 * The zh-CN pages a payer sees in this dialect: the result (授权成功 / 授权失败 / 授权未完成) and, when the
 * link was opened outside Alipay, a hint with an {@code alipays://} link that opens it in Alipay (§E.1).
 * They show no identifiers: the merchant receives the identity through its callback.
 */
final class ExchangePayerPages {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    /** Alipay's in-app browser (H5 container) app id, used to open a web page from outside Alipay. */
    private static final String ALIPAY_WEBVIEW = "alipays://platformapi/startapp?appId=20000067&url=";

    private ExchangePayerPages() {
    }

    static ResponseEntity<String> authorized() {
        return page("授权成功", "授权成功", "您已完成支付宝授权,请返回商户页面继续操作。", null);
    }

    /** A failed attempt can be retried from the same link while it is valid. */
    static ResponseEntity<String> failed(String lastError, String link) {
        String errorCode = lastError == null ? ErrorCode.INTERNAL_ERROR.name() : lastError;
        String reason = payerText(errorCode);
        return page("授权失败", "授权失败", reason, "<p><a class=\"btn\" href=\"" + HtmlUtils.htmlEscape(link)
                + "\">重新授权</a></p><p class=\"code\">错误码:" + HtmlUtils.htmlEscape(errorCode) + "</p>"
                + PayerErrorPage.supportLine());
    }

    static ResponseEntity<String> pending(String link) {
        return page("授权未完成", "授权未完成", "请在支付宝中打开授权链接完成授权。",
                "<p><a class=\"btn\" href=\"" + HtmlUtils.htmlEscape(link) + "\">去授权</a></p>");
    }

    static ResponseEntity<String> openInAlipay(String link) {
        String alipays = ALIPAY_WEBVIEW + URLEncoder.encode(link, StandardCharsets.UTF_8);
        return page("请在支付宝中打开", "请在支付宝中打开", "该链接需要在支付宝中打开,以完成支付宝授权。",
                "<p><a class=\"btn\" href=\"" + HtmlUtils.htmlEscape(alipays) + "\">打开支付宝</a></p>");
    }

    private static String payerText(String errorCode) {
        try {
            return ErrorCode.valueOf(errorCode).payerMessage();
        } catch (IllegalArgumentException e) {
            return ErrorCode.INTERNAL_ERROR.payerMessage();
        }
    }

    private static ResponseEntity<String> page(String title, String heading, String text, String extraHtml) {
        String html = """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width,initial-scale=1">
                <title>%s</title>
                <style>body{font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;padding:48px 24px;
                text-align:center;color:#333;background:#f7f7f7}h1{font-size:20px;margin:16px 0}p{color:#666;font-size:15px}
                .btn{display:inline-block;margin-top:16px;padding:10px 28px;border-radius:6px;background:#1677ff;color:#fff;
                text-decoration:none}.code{margin-top:32px;font-size:12px;color:#999}</style></head>
                <body><h1>%s</h1><p>%s</p>%s</body></html>
                """.formatted(HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(heading), HtmlUtils.htmlEscape(text),
                extraHtml == null ? "" : extraHtml);
        return ResponseEntity.ok().contentType(HTML).header("Cache-Control", "no-store").body(html);
    }
}
