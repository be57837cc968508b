package io.payerid.core.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.tenant.ChannelKind;
import org.junit.jupiter.api.Test;

/** User-Agents from the upstream reference §G and real captures. */
class PayerBrowserTest {

    @Test
    void wechatAndroidWithX5KernelIsWechatNotQq() {
        String ua = "Mozilla/5.0 (Linux; U; Android 5.1; zh-cn; m1 metal Build/LMY47I) AppleWebKit/533.1 (KHTML, like Gecko)"
                + " Version/4.0 MQQBrowser/5.4 TBS/025491 Mobile Safari/533.1 MicroMessenger/6.3.13.49_r4080b63.740"
                + " NetType/WIFI Language/zh_CN";
        assertThat(PayerBrowser.of(ua)).isEqualTo(PayerBrowser.WECHAT);
        assertThat(PayerBrowser.of(ua).oauthChannel()).contains(ChannelKind.WECHAT_OA);
    }

    @Test
    void wechatIos() {
        assertThat(PayerBrowser.of("Mozilla/5.0 (iPhone; CPU iPhone OS 9_1 like Mac OS X) AppleWebKit/601.1.46"
                + " (KHTML, like Gecko) Mobile/13B143 MicroMessenger/6.3.6 NetType/WIFI Language/zh_CN")).isEqualTo(PayerBrowser.WECHAT);
    }

    @Test
    void alipay() {
        assertThat(PayerBrowser.of("Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like"
                + " Gecko) Mobile/15E148 AliApp(AP/10.5.36.6000) AlipayClient/10.5.36.6000 Language/zh-Hans"))
                .isEqualTo(PayerBrowser.ALIPAY);
    }

    @Test
    void cloudPayAndBankAppsAreUnionPay() {
        assertThat(PayerBrowser.of("Mozilla/5.0 (iPhone; CPU iPhone OS 15_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like"
                + " Gecko) Mobile/15E148 (com.unionpay.chsp) (cordova 4.5.4) (UnionPay/1.0 CloudPay) (clientVersion 324)"))
                .isEqualTo(PayerBrowser.UNIONPAY);
        assertThat(PayerBrowser.of("Mozilla/5.0 Mobile UnionPay/1.0 ICBCeLife")).isEqualTo(PayerBrowser.UNIONPAY);
    }

    @Test
    void mobileQqNeedsTheSlash() {
        assertThat(PayerBrowser.of("Mozilla/5.0 (iPhone; CPU iPhone OS 9_1 like Mac OS X) AppleWebKit/601.1.46 (KHTML, like"
                + " Gecko) Mobile/13B143 QQ/6.1.0.496 Pixel/750 NetType/WIFI Mem/127")).isEqualTo(PayerBrowser.QQ);
        assertThat(PayerBrowser.of("Mozilla/5.0 (Linux; Android 10) MQQBrowser/10.1 Mobile Safari/537.36")).isEqualTo(PayerBrowser.OTHER);
        assertThat(PayerBrowser.QQ.oauthChannel()).isEmpty();
    }

    @Test
    void desktopAndMissing() {
        assertThat(PayerBrowser.of("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36"))
                .isEqualTo(PayerBrowser.OTHER);
        assertThat(PayerBrowser.of(null)).isEqualTo(PayerBrowser.OTHER);
        assertThat(PayerBrowser.of("")).isEqualTo(PayerBrowser.OTHER);
    }
}
