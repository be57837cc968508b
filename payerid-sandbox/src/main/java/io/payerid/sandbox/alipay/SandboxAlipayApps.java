package io.payerid.sandbox.alipay;

import java.util.List;
import java.util.Optional;

import io.payerid.sandbox.support.RuntimeRegistry;

/**
 * Registry of sandbox Alipay apps — the configured ones plus any registered at runtime through
 * {@code POST {base-path}/apps}, by app_id — and of the sandbox's own Alipay public key, which clients
 * must be configured with.
 */
public class SandboxAlipayApps extends RuntimeRegistry<SandboxAlipayApp> {

    private final SandboxAlipayKeys keys;

    public SandboxAlipayApps(List<SandboxAlipayApp> configured, SandboxAlipayKeys keys) {
        super(configured, SandboxAlipayApp::appId);
        this.keys = keys;
    }

    /** The merchant app that handed {@code appAuthToken} to the ISV app {@code isvAppId}. */
    Optional<SandboxAlipayApp> authorizedBy(String isvAppId, String appAuthToken) {
        return entries().stream()
                .filter(app -> app.appAuthToken() != null && app.appAuthToken().equals(appAuthToken)
                        && app.isvAppId().equals(isvAppId))
                .findFirst();
    }

    /** The public key that verifies every answer of the sandbox gateway (支付宝公钥). */
    public String alipayPublicKey() {
        return keys.publicKeyBase64();
    }

    SandboxAlipayKeys keys() {
        return keys;
    }
}
