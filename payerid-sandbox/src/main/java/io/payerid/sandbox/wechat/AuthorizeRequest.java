package io.payerid.sandbox.wechat;

/**
 * A step-1 authorize request that passed every check WeChat makes before involving the person.
 *
 * @param state          echoed back verbatim; empty when the merchant sent none
 * @param componentAppId the third-party platform asking on the account's behalf (its callback also gets
 *                       {@code appid}), null for the account itself
 */
record AuthorizeRequest(SandboxWechatApp app, String redirectUri, OAuthScope scope, String state, String componentAppId) {

    AuthorizeRequest(SandboxWechatApp app, String redirectUri, OAuthScope scope, String state) {
        this(app, redirectUri, scope, state, null);
    }

    AuthorizeRequest onBehalfOf(String component) {
        return new AuthorizeRequest(app, redirectUri, scope, state, component);
    }
}
