package io.payerid.sandbox.alipay;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The shared skeleton of the Alipay sandbox's zh-CN pages, and the one escaping routine every echoed
 * value goes through. Plain strings on purpose: the module must not pull in a template engine.
 */
final class AlipayHtmlPage {

    static final MediaType TEXT_HTML_UTF8 = MediaType.parseMediaType("text/html;charset=UTF-8");

    private static final String STYLE = """
            body{font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;background:#f5f5f5;color:#333}
            main{max-width:480px;margin:0 auto;padding:24px 16px}
            .card{background:#fff;border-radius:8px;padding:20px;margin-bottom:16px}
            h1{font-size:20px;margin:0 0 12px}
            .code{color:#ff4d4f;font-weight:bold}
            .muted{color:#999;font-size:13px}
            .btn{display:block;width:100%;box-sizing:border-box;text-align:center;padding:12px;margin:8px 0;border-radius:6px;
                 border:0;font-size:17px;text-decoration:none;cursor:pointer}
            .primary{background:#1677ff;color:#fff}
            .secondary{background:#f2f2f2;color:#1677ff}
            ul{list-style:none;padding:0;margin:0}
            li a{display:block;padding:12px 0;border-bottom:1px solid #eee;color:#333;text-decoration:none}
            """;

    private AlipayHtmlPage() {
    }

    /** A complete response; {@code bodyHtml} must already be escaped by the caller. */
    static ServerResponse respond(HttpStatusCode status, String title, String bodyHtml) {
        String html = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1, maximum-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n<style>" + STYLE + "</style>\n"
                + "</head>\n<body>\n<main>\n" + bodyHtml + "\n</main>\n</body>\n</html>\n";
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
