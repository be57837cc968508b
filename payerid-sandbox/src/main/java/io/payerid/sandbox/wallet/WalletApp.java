package io.payerid.sandbox.wallet;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The wallet apps the simulator can play: the User-Agent their in-app browser sends (captured from real
 * devices) and the cookies naming the sandbox payer in each upstream sandbox.
 */
enum WalletApp {
    WECHAT("微信", "Mozilla/5.0 (Linux; Android 13; V2148A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MMWEBID/2247"
            + " MicroMessenger/8.0.47.2560(0x28002F35) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64"),
    ALIPAY("支付宝", "Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
            + " Mobile/15E148 AliApp(AP/10.5.36.6000) AlipayClient/10.5.36.6000 Language/zh-Hans"),
    UNIONPAY("云闪付", "Mozilla/5.0 (iPhone; CPU iPhone OS 15_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
            + " Mobile/15E148 (com.unionpay.chsp) (cordova 4.5.4) (updebug 0) (version 929) (UnionPay/1.0 CloudPay)"
            + " (clientVersion 324) (language zh_CN) (languageFamily zh_CN)");

    /** Every sandbox reads its payer from its own cookie; the simulated app sets them all. */
    static final List<String> PAYER_COOKIES = List.of("payerid_sandbox_wechat_user", "payerid_sandbox_alipay_user",
            "payerid_sandbox_unionpay_user", "payerid_sandbox_wechatpay_user");

    private final String displayName;
    private final String userAgent;

    WalletApp(String displayName, String userAgent) {
        this.displayName = displayName;
        this.userAgent = userAgent;
    }

    String displayName() {
        return displayName;
    }

    String userAgent() {
        return userAgent;
    }

    static Optional<WalletApp> parse(String value) {
        try {
            return Optional.of(valueOf(value == null ? "" : value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
