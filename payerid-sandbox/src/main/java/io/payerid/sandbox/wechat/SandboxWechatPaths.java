package io.payerid.sandbox.wechat;

/**
 * Where each sandbox endpoint lives under {@code base-path}. The "open" and "api" prefixes stand
 * in for the hosts {@code open.weixin.qq.com} and {@code api.weixin.qq.com}: below them the
 * paths are exactly WeChat's, so a client only has to swap the host part of its URLs.
 */
// Not shared with the other simulators' path maps: below the base path each one mirrors its upstream's hosts.
record SandboxWechatPaths(String basePath) {

    /** Replaces {@code https://open.weixin.qq.com}. */
    String openHost() {
        return basePath + "/open";
    }

    /** Replaces {@code https://api.weixin.qq.com}. */
    String apiHost() {
        return basePath + "/api";
    }

    String authorize() {
        return openHost() + "/connect/oauth2/authorize";
    }

    /** Sandbox-only: where the consent page posts the person's decision. */
    String consent() {
        return openHost() + "/connect/oauth2/consent";
    }

    String accessToken() {
        return apiHost() + "/sns/oauth2/access_token";
    }

    String refreshToken() {
        return apiHost() + "/sns/oauth2/refresh_token";
    }

    String userInfo() {
        return apiHost() + "/sns/userinfo";
    }

    String validateToken() {
        return apiHost() + "/sns/auth";
    }

    /** WeChat's 小程序登录 server API. */
    String jsCodeToSession() {
        return apiHost() + "/sns/jscode2session";
    }

    /** Sandbox-only: {@code wx.login} for a chosen user. */
    String miniProgramLogin() {
        return basePath + "/miniprogram/login";
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

    String classicToken() {
        return apiHost() + "/cgi-bin/token";
    }

    String stableToken() {
        return apiHost() + "/cgi-bin/stable_token";
    }

    String paidUnionId() {
        return apiHost() + "/wxa/getpaidunionid";
    }

    /** Sandbox-only: make a payment. */
    String payments() {
        return basePath + "/payments";
    }

    /** Sandbox-only: counters for tests. */
    String stats() {
        return basePath + "/stats";
    }

    /** Sandbox-only: switch faults on and off. */
    String faults() {
        return basePath + "/faults";
    }

    /** Replaces {@code https://mp.weixin.qq.com} (the third-party platform's authorization page). */
    String mpHost() {
        return basePath + "/mp";
    }

    String componentLoginPage() {
        return mpHost() + "/cgi-bin/componentloginpage";
    }

    /** Sandbox-only: where the authorization page posts the merchant admin's approval. */
    String componentApprove() {
        return componentLoginPage() + "/approve";
    }

    String componentToken() {
        return apiHost() + "/cgi-bin/component/api_component_token";
    }

    String componentPreAuthCode() {
        return apiHost() + "/cgi-bin/component/api_create_preauthcode";
    }

    String componentQueryAuth() {
        return apiHost() + "/cgi-bin/component/api_query_auth";
    }

    String componentOAuthAccessToken() {
        return apiHost() + "/sns/oauth2/component/access_token";
    }

    String componentJsCodeToSession() {
        return apiHost() + "/sns/component/jscode2session";
    }

    /** Sandbox-only: register platforms, push tickets and events on demand. */
    String components() {
        return basePath + "/components";
    }
}
