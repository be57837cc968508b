package io.payerid.sandbox.wechatpay;

/**
 * Where each WeChat Pay sandbox endpoint lives under {@code base-path}. The base path stands in for the
 * host {@code api.mch.weixin.qq.com}: below it the API paths are exactly WeChat Pay's, so a client only
 * swaps its pay base URL.
 */
// Not shared with the other simulators' path maps: below the base path each one mirrors its upstream's hosts.
record SandboxWechatPayPaths(String basePath) {

    String authcodeToOpenid() {
        return basePath + "/tools/authcodetoopenid";
    }

    String wallet() {
        return basePath + "/wallet";
    }

    String walletRefresh() {
        return basePath + "/wallet/refresh";
    }

    String codes() {
        return basePath + "/codes";
    }

    String merchants() {
        return basePath + "/merchants";
    }
}
