package io.payerid.sandbox.unionpay;

import io.payerid.sandbox.support.HtmlPage;

/** The UnionPay simulator's look: 云闪付 red, for every page userAuth shows the payer. */
final class UnionPayPages {

    static final HtmlPage SHELL = new HtmlPage("""
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
            """);

    private UnionPayPages() {
    }
}
