package io.payerid.sandbox.wechat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Registry of sandbox Official Accounts: the configured ones plus any registered at runtime
 * through {@code POST {base-path}/apps}. In memory only; this is a single-node dev tool.
 */
public class SandboxWechatApps {

    private final Map<String, SandboxWechatApp> byAppid = new ConcurrentHashMap<>();

    public SandboxWechatApps(List<SandboxWechatApp> configured) {
        configured.forEach(this::register);
    }

    public Optional<SandboxWechatApp> find(String appid) {
        return appid == null ? Optional.empty() : Optional.ofNullable(byAppid.get(appid));
    }

    /** Adds or replaces the app with the same appid (idempotent upsert). */
    public void register(SandboxWechatApp app) {
        byAppid.put(app.appid(), app);
    }
}
