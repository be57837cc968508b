package io.payerid.server.demo;

/**
 * The demo tenant's fixed identifiers. Its secrets are generated per data directory, never fixed.
 */
public final class DemoTenant {

    public static final String INST_NO = "ISV_DEMO";
    public static final String MCH_NO = "MCH_DEMO";
    public static final String APP_ID = "app_demo";
    /** The sandbox official account the demo institution uses for WeChat OAuth. */
    public static final String WECHAT_APP_ID = "wxdemo0000000001";
    /** Its name, which the sandbox's consent page shows as WeChat's does. */
    public static final String WECHAT_ACCOUNT_NAME = "PayerID 演示公众号";
    public static final String OPEN_PLATFORM_ID = "open_demo";
    /** The sandbox mini-program the demo institution uses for paid unionids and the central token. */
    public static final String MINIAPP_ID = "wxdemominiapp0001";
    /** The sandbox Alipay app the demo institution uses for Alipay user authorization. */
    public static final String ALIPAY_APP_ID = "2021000000000001";
    /** Its name, which the sandbox's consent page shows as Alipay's does. */
    public static final String ALIPAY_APP_NAME = "PayerID 演示应用";
    /** The demo Alipay mini-program's app_id (ALIPAY_MINIAPP). */
    public static final String ALIPAY_MINIAPP_ID = "2021000000000002";
    /** The demo institution's WeChat third-party platform (WECHAT_COMPONENT). */
    public static final String COMPONENT_APP_ID = "wxdemocomponent01";

    private DemoTenant() {
    }
}
