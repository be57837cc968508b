package io.payerid.sandbox.wechat;

import io.payerid.sandbox.support.HtmlPage;

/** The WeChat simulator's look: WeChat green on WeChat grey, for every page it shows the payer. */
final class WechatPages {

    static final HtmlPage SHELL = new HtmlPage("""
            body{font-family:-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;background:#ededed;color:#191919}
            main{max-width:480px;margin:0 auto;padding:24px 16px}
            .card{background:#fff;border-radius:8px;padding:20px;margin-bottom:16px}
            h1{font-size:20px;margin:0 0 12px}
            .code{color:#fa5151;font-weight:bold}
            .muted{color:#888;font-size:13px}
            .btn{display:block;width:100%;box-sizing:border-box;text-align:center;padding:12px;margin:8px 0;border-radius:6px;
                 border:0;font-size:17px;text-decoration:none;cursor:pointer}
            .primary{background:#07c160;color:#fff}
            .secondary{background:#f2f2f2;color:#07c160}
            ul{list-style:none;padding:0;margin:0}
            li a{display:block;padding:12px 0;border-bottom:1px solid #eee;color:#191919;text-decoration:none}
            label.field{display:block;margin:12px 0;font-size:15px}
            label.field input{display:block;width:100%;box-sizing:border-box;margin-top:6px;padding:10px;font-size:16px;
                 border:1px solid #d9d9d9;border-radius:6px}
            """);

    private WechatPages() {
    }
}
