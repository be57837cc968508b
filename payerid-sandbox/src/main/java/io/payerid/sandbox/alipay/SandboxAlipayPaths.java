package io.payerid.sandbox.alipay;

/**
 * Where each sandbox endpoint lives under {@code base-path}. The "openauth" prefix stands in for the
 * host {@code openauth.alipay.com}, and {@code gateway.do} for {@code openapi.alipay.com/gateway.do}:
 * below them the paths are Alipay's, so a client only swaps the host part.
 */
// Not shared with the other simulators' path maps: below the base path each one mirrors its upstream's hosts.
record SandboxAlipayPaths(String basePath) {

    /** Replaces {@code https://openauth.alipay.com}. */
    String openAuthHost() {
        return basePath + "/openauth";
    }

    String authorize() {
        return openAuthHost() + "/oauth2/publicAppAuthorize.htm";
    }

    /** Sandbox-only: where the consent page posts the person's decision. */
    String consent() {
        return openAuthHost() + "/oauth2/consent";
    }

    /** Replaces {@code https://openapi.alipay.com/gateway.do}. */
    String gateway() {
        return basePath + "/gateway.do";
    }

    /** Sandbox-only: {@code my.getAuthCode} inside a mini-program for a chosen user. */
    String miniProgramAuthCode() {
        return basePath + "/miniprogram/auth-code";
    }

    String users() {
        return basePath + "/users";
    }

    String selectUser() {
        return basePath + "/users/select";
    }

    String apps() {
        return basePath + "/apps";
    }

    /** Sandbox-only: the 支付宝公钥 clients must verify answers with. */
    String alipayPublicKey() {
        return basePath + "/alipay-public-key";
    }
}
