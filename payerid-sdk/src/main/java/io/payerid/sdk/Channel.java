package io.payerid.sdk;

/** The wallet whose identity the payer is asked for; the wire value is the constant's name. */
public enum Channel {
    WECHAT_OA,
    ALIPAY,
    UNIONPAY
}
