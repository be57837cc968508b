package io.payerid.sandbox.alipay;

/**
 * A publicAppAuthorize request that passed every check Alipay makes before involving the person.
 *
 * @param scopeParam the scope exactly as sent, echoed back in the callback
 * @param state      echoed back verbatim; empty when the merchant sent none
 */
record AuthorizeRequest(SandboxAlipayApp app, String redirectUri, AlipayScope scope, String scopeParam, String state) {
}
