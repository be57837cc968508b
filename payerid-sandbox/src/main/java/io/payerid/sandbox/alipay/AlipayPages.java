package io.payerid.sandbox.alipay;

import io.payerid.sandbox.support.HtmlPage;

/** The Alipay simulator's look: Alipay blue on light grey, for every page it shows the payer. */
final class AlipayPages {

    static final HtmlPage SHELL = new HtmlPage("""
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
            """);

    private AlipayPages() {
    }
}
