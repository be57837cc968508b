package io.payerid.sandbox.support;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The skeleton every simulator's zh-CN pages share (doctype, mobile viewport, one inline stylesheet,
 * {@code no-store}), and the one escaping routine every echoed value goes through. Each simulator
 * supplies only its stylesheet, so its pages keep the look of the app it imitates. Plain strings on
 * purpose: the module must not pull in a template engine.
 */
public final class HtmlPage {

    private static final MediaType TEXT_HTML_UTF8 = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final String stylesheet;

    /** @param stylesheet CSS placed verbatim in the page's {@code <style>} element */
    public HtmlPage(String stylesheet) {
        this.stylesheet = stylesheet;
    }

    /** A complete document; {@code bodyHtml} must already be escaped by the caller. */
    public String render(String title, String bodyHtml) {
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1, maximum-scale=1\">\n"
                + "<title>" + escape(title) + "</title>\n"
                + "<style>" + stylesheet + "</style>\n"
                + "</head>\n<body>\n<main>\n" + bodyHtml + "\n</main>\n</body>\n</html>\n";
    }

    /** The document as a response that no cache keeps: every page reflects the sandbox's state now. */
    public ServerResponse respond(HttpStatusCode status, String title, String bodyHtml) {
        return ServerResponse.status(status)
                .contentType(TEXT_HTML_UTF8)
                .header("Cache-Control", "no-store")
                .body(render(title, bodyHtml));
    }

    /** Safe for element content and for double- or single-quoted attribute values. */
    public static String escape(String value) {
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
