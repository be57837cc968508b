package io.payerid.sandbox.alipay;

/** One OpenAPI method behind {@code gateway.do}. */
interface GatewayMethod {

    /** The {@code method} parameter value, e.g. {@code alipay.system.oauth.token}. */
    String name();

    GatewayAnswer handle(GatewayCall call);
}
