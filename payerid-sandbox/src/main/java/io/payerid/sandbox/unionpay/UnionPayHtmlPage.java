package io.payerid.sandbox.unionpay;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The skeleton of the UnionPay sandbox's zh-CN pages (云闪付 red) and the one escaping routine every
 * echoed value goes through. Plain strings: the module must not pull in a template engine.
 */
final class UnionPayHtmlPage {

    static final MediaType TEXT_HTML_UTF8 = MediaType.parseMediaType("text/html;charset=UTF-8");

    private static final String STYLE = """
            body{font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;background:#f5f5f5;color:#222}
            main{max-width:480px;margin:0 auto;padding:24px 16px}
            .card{background:#fff;border-radius:8px;padding:20px;margin-bottom:16px}
            h1{font-size:20px;margin:0 0 12px}
            .notice{color:#e60012;font-weight:bold}
            .muted{color:#888;font-size:13px}
            .btn{display:block;width:100%;box-sizing:border-box;text-align:center;padding:12px;margin:8px 0;border-radius:6px;
                 border:0;font-size:17px;cursor:pointer}
            .primary{background:#e60012;color:#fff}
            .secondary{background:#f2f2f2;color:#e60012}
            """;

    private UnionPayHtmlPage() {
    }

    /** A complete document; {@code bodyHtml} must already be escaped by the caller. */
    static ServerResponse respond(HttpStatusCode status, String title, String bodyHtml) {
        String html = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1, maximum-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n<main>\n"
                + bodyHtml + "\n</main>\n</body>\n</html>\n";
        return ServerResponse.status(status).contentType(TEXT_HTML_UTF8).header("Cache-Control", "no-store").body(html);
    }

    /** Safe for element content and for double- or single-quoted attribute values. */
    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
