package io.payerid.sandbox.wechat;

import java.util.List;

import io.payerid.sandbox.support.RuntimeRegistry;

/**
 * Registry of sandbox Official Accounts: the configured ones plus any registered at runtime
 * through {@code POST {base-path}/apps}, by appid.
 */
public class SandboxWechatApps extends RuntimeRegistry<SandboxWechatApp> {

    public SandboxWechatApps(List<SandboxWechatApp> configured) {
        super(configured, SandboxWechatApp::appid);
    }
}
