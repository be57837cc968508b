package io.payerid.core.flow;

import io.payerid.core.tenant.ChannelKind;
import java.util.Optional;

/**
 * Which wallet app's browser a payer is in, read from the User-Agent. Order matters: UnionPay-family
 * apps and Alipay embed other markers, and WeChat's Android UA contains {@code MQQBrowser}/{@code TBS}
 * (its X5 kernel), which mean nothing; mobile QQ is recognised only by {@code " QQ/"} with the slash.
 */
public enum PayerBrowser {
    UNIONPAY(ChannelKind.UNIONPAY),
    ALIPAY(ChannelKind.ALIPAY),
    WECHAT(ChannelKind.WECHAT_OA),
    QQ(null),
    OTHER(null);

    private final ChannelKind oauthChannel;

    PayerBrowser(ChannelKind oauthChannel) {
        this.oauthChannel = oauthChannel;
    }

    public static PayerBrowser of(String userAgent) {
        if (userAgent == null || userAgent.isEmpty()) {
            return OTHER;
        }
        if (userAgent.contains("UnionPay/")) {
            return UNIONPAY;
        }
        if (userAgent.contains("AlipayClient")) {
            return ALIPAY;
        }
        if (userAgent.contains("MicroMessenger/")) {
            return WECHAT;
        }
        if (userAgent.contains(" QQ/")) {
            return QQ;
        }
        return OTHER;
    }

    /** The OAuth flow that identifies a payer in this browser, if there is one. */
    public Optional<ChannelKind> oauthChannel() {
        return Optional.ofNullable(oauthChannel);
    }
}
