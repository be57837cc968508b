package io.payerid.sandbox.alipay;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Registry of sandbox Alipay apps — the configured ones plus any registered at runtime through
 * {@code POST {base-path}/apps} — and of the sandbox's own Alipay public key, which clients must
 * be configured with. In memory only; this is a single-node dev tool.
 */
public class SandboxAlipayApps {

    private final Map<String, SandboxAlipayApp> byAppId = new ConcurrentHashMap<>();
    private final SandboxAlipayKeys keys;

    public SandboxAlipayApps(List<SandboxAlipayApp> configured, SandboxAlipayKeys keys) {
        this.keys = keys;
        configured.forEach(this::register);
    }

    public Optional<SandboxAlipayApp> find(String appId) {
        return appId == null ? Optional.empty() : Optional.ofNullable(byAppId.get(appId));
    }

    /** Adds or replaces the app with the same app_id (idempotent upsert). */
    public void register(SandboxAlipayApp app) {
        byAppId.put(app.appId(), app);
    }

    /** The merchant app that handed {@code appAuthToken} to the ISV app {@code isvAppId}. */
    Optional<SandboxAlipayApp> authorizedBy(String isvAppId, String appAuthToken) {
        return byAppId.values().stream()
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
