package io.payerid.core.paycode;

import io.payerid.core.tenant.ChannelKind;

/** The wallet app that shows a payment code (付款码), and the channel configuration that would look it up. */
public enum Wallet {
    WECHAT(ChannelKind.WECHAT_PAY),
    ALIPAY(ChannelKind.ALIPAY),
    UNIONPAY(ChannelKind.UNIONPAY);

    private final ChannelKind channel;

    Wallet(ChannelKind channel) {
        this.channel = channel;
    }

    /** The merchant's configuration a lookup of this wallet's codes runs under. */
    public ChannelKind channel() {
        return channel;
    }
}
