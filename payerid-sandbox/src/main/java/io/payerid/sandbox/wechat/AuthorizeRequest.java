package io.payerid.sandbox.wechat;

/**
 * A step-1 authorize request that passed every check WeChat makes before involving the person.
 *
 * @param state echoed back verbatim; empty when the merchant sent none
 */
record AuthorizeRequest(SandboxWechatApp app, String redirectUri, OAuthScope scope, String state) {
}
