package io.payerid.sandbox.unionpay;

/**
 * Where each sandbox endpoint lives under {@code base-path}. {@code {base}/qr} stands in for the host
 * {@code qr.95516.com} (below it the path is UnionPay's), {@code {base}/gateway} for the acquirer's
 * {@code https://qra.95516.com/pay/gateway}.
 */
// Not shared with the other simulators' path maps: below the base path each one mirrors its upstream's hosts.
record SandboxUnionPayPaths(String basePath) {

    /** Replaces {@code https://qr.95516.com}. */
    String qrHost() {
        return basePath + "/qr";
    }

    String userAuth() {
        return qrHost() + "/qrcGtwWeb-web/api/userAuth";
    }

    /** Sandbox-only: where the picker page posts the payer's choice (a cardholder, or 取消). */
    String userAuthDecision() {
        return userAuth() + "/decision";
    }

    /** Replaces the acquirer's {@code https://qra.95516.com/pay/gateway}. */
    String gateway() {
        return basePath + "/gateway";
    }

    /** Replaces 通联收银宝's {@code https://vsp.allinpay.com/apiweb/unitorder/authcodetouserid}. */
    String allinpayAuthCodeToUserId() {
        return basePath + "/allinpay/apiweb/unitorder/authcodetouserid";
    }

    String merchants() {
        return basePath + "/merchants";
    }
}
