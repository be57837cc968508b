package io.payerid.sandbox.alipay;

/**
 * An authenticated gateway call: the request, the app that signed it, and the app it acts for — the
 * same app, or in service-provider mode the merchant app whose app_auth_token the caller presented.
 * Auth codes and tokens belong to {@code actingFor}.
 */
record GatewayCall(GatewayRequest request, SandboxAlipayApp caller, SandboxAlipayApp actingFor) {
}
