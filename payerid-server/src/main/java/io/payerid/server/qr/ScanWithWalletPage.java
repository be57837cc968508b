package io.payerid.server.qr;

import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** What a payer sees after scanning a counter QR code with an ordinary camera or browser. */
final class ScanWithWalletPage {

    private ScanWithWalletPage() {
    }

    static ResponseEntity<String> render() {
        String html = """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width,initial-scale=1">
                <title>请使用支付App扫码</title>
                <style>body{font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;padding:48px 24px;
                text-align:center;color:#333;background:#f7f7f7}h1{font-size:20px}ul{list-style:none;padding:0;font-size:16px;
                line-height:2}.hint{color:#888;font-size:13px;margin-top:24px}</style></head>
                <body><h1>请使用以下App扫码付款</h1>
                <ul><li>微信</li><li>支付宝</li><li>云闪付(或支持银联二维码的银行App)</li></ul>
                <p class="hint">当前浏览器无法完成付款,请打开上述任一App的“扫一扫”重新扫描此二维码。</p>
                </body></html>
                """;
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Cache-Control", "no-store")
                .body(html);
    }
}
