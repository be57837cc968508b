package io.payerid.sandbox.wechatpay;

/** The merchants of application-wechatpay.yml. */
final class PayFixtures {

    static final String BASE = "/sandbox/wechatpay";
    static final String DIRECT_MCH = "1900000109";
    static final String DIRECT_KEY = "sandboxpaykey0000000000000000001";
    static final String DIRECT_APPID = "wxsandbox0000001";
    static final String OTHER_MCH = "1900000300";
    static final String OTHER_KEY = "sandboxpaykey0000000000000000003";
    static final String OTHER_APPID = "wxsandbox0000002";
    static final String PROVIDER_MCH = "1900000200";
    static final String PROVIDER_KEY = "sandboxpaykey0000000000000000002";
    static final String PROVIDER_APPID = "wxprovider000001";
    static final String SUB_ONE = "1900000201";
    static final String SUB_ONE_BOUND = "wxsandbox0000002";
    static final String SUB_SEVERAL = "1900000202";
    static final String SUB_NONE = "1900000203";

    private PayFixtures() {
    }
}
