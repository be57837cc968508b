package io.payerid.server.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/**
 * The {@code form_post} result delivery (as OIDC {@code response_mode=form_post}): a zh-CN page whose form
 * POSTs the signed parameters to the merchant's redirect URI, so the identity never sits in a URL.
 *
 * <p>The one script, which submits the form, is a constant allowed by its hash in the page's CSP: no other
 * script can run, nothing loads, the page cannot be framed. Without scripts the payer taps the button in
 * {@code <noscript>}. No {@code form-action}: browsers apply it to the merchant's own redirects after the
 * POST too, and every value in the page is escaped, so there is nothing it would guard. {@code no-referrer}
 * keeps the callback URL (with the upstream code) out of the merchant's logs.
 */
final class FormPostPage {

    private static final String SUBMIT_SCRIPT = "document.forms[0].submit();";
    private static final String CSP = "default-src 'none'; script-src 'sha256-" + sha256Base64(SUBMIT_SCRIPT)
            + "'; base-uri 'none'; frame-ancestors 'none'";

    private FormPostPage() {
    }

    static ResponseEntity<String> render(String redirectUri, Map<String, String> params) {
        StringBuilder fields = new StringBuilder();
        params.forEach((name, value) -> fields.append("<input type=\"hidden\" name=\"").append(HtmlUtils.htmlEscape(name, "UTF-8"))
                .append("\" value=\"").append(HtmlUtils.htmlEscape(value, "UTF-8")).append("\">\n"));
        String html = """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width,initial-scale=1">
                <title>正在返回商户页面</title></head>
                <body><form method="post" action="%s">
                %s<p>正在返回商户页面…</p>
                <noscript><button type="submit">继续</button></noscript>
                </form><script>%s</script></body></html>
                """.formatted(HtmlUtils.htmlEscape(redirectUri, "UTF-8"), fields, SUBMIT_SCRIPT);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", CSP)
                .header("Referrer-Policy", "no-referrer")
                .body(html);
    }

    private static String sha256Base64(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
