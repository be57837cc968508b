package io.payerid.server.web;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.server.requestid.RequestIds;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/**
 * The short zh-CN page a payer sees when a flow cannot continue and there is no safe merchant page
 * to send them to: what happened, what to do, and the code to quote to the merchant. No stack traces.
 */
public final class PayerErrorPage {

    private static final DateTimeFormatter SUPPORT_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC+8'").withZone(ZoneId.of("Asia/Shanghai"));

    private PayerErrorPage() {
    }

    /** The page for a failure, with {@code Retry-After} when the failure says how long to wait. */
    public static ResponseEntity<String> render(PayerIdException error) {
        return RetryAfterHeader.added(render(error.code()), error.retryAfterSeconds());
    }

    /**
     * What the payer quotes to the merchant's support so they can find this request's log lines: its id and
     * the time, in China Standard Time (the payer's clock). The id is our own or a checked incoming one.
     * Empty outside a request. Every payer-facing failure page shows it (the seed 004 result page too).
     */
    public static String supportLine() {
        String id = RequestIds.current();
        if (id == null) {
            return "";
        }
        return "<p class=\"code\">请求编号:" + HtmlUtils.htmlEscape(id) + "<br>时间:"
                + SUPPORT_TIME.format(Instant.now()) + "</p>";
    }

    public static ResponseEntity<String> render(ErrorCode code) {
        String html = """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width,initial-scale=1">
                <title>无法完成授权</title>
                <style>body{font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;padding:48px 24px;
                text-align:center;color:#333;background:#f7f7f7}h1{font-size:20px;margin:16px 0}p{color:#666;font-size:15px}
                .code{margin-top:32px;font-size:12px;color:#999}</style></head>
                <body><h1>无法完成授权</h1><p>%s</p><p>请返回商户页面重新发起支付。</p>
                <p class="code">错误码:%s</p>%s</body></html>
                """.formatted(HtmlUtils.htmlEscape(code.payerMessage()), HtmlUtils.htmlEscape(code.name()), supportLine());
        return ResponseEntity.status(code.httpStatus())
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store")
                .body(html);
    }
}
