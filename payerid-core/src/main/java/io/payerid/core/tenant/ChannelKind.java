package io.payerid.core.tenant;

/** The upstream configurations an institution or merchant can hold. */
public enum ChannelKind {
    /** A WeChat Official Account (服务号) used for web OAuth: appid + appsecret. */
    WECHAT_OA,
    /** A WeChat mini-program (小程序): appid + appsecret (paid unionid, central access token). */
    WECHAT_MINIAPP,
    /** WeChat Pay v2 merchant credentials (payment-code lookups). */
    WECHAT_PAY,
    ALIPAY,
    UNIONPAY,
    /** An Alipay mini-program (小程序) app: the same settings and secrets as ALIPAY, for my.getAuthCode codes. */
    ALIPAY_MINIAPP,
    /**
     * A WeChat third-party platform (第三方平台 / component), institution level only: component appid, appsecret,
     * message token and EncodingAESKey. Merchants' WECHAT_OA / WECHAT_MINIAPP channels in mode COMPONENT use it.
     */
    WECHAT_COMPONENT
}
