package io.payerid.sandbox.wechat;

import java.util.List;
import java.util.regex.Pattern;

import io.payerid.sandbox.support.CallbackDomains;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * A sandbox Official Account (公众号): its credentials, its web-authorization domains
 * (网页授权域名) and, optionally, the open-platform account it is bound to (which is what
 * makes WeChat return unionids).
 *
 * @param appid          the account's appid
 * @param secret         its AppSecret, checked by {@code /sns/oauth2/access_token}
 * @param authDomains    hosts a redirect_uri may point to; compared exactly, ports ignored
 * @param openPlatformId open-platform account the app is bound to, or null
 * @param name           the account's name (公众号名称) its consent page shows, or null (then the appid)
 */
public record SandboxWechatApp(String appid, String secret, List<String> authDomains, String openPlatformId,
                               String name) {

    // Real appids are "wx" + 16 hex; the sandbox accepts any short token-like id,
    // but nothing that would need escaping in a URL, a cookie or a log line.
    private static final Pattern APPID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    /** Configuration properties bind through this one (the record has a shorter constructor too). */
    @ConstructorBinding
    public SandboxWechatApp {
        if (appid == null || !APPID.matcher(appid).matches()) {
            throw new IllegalArgumentException("appid must match " + APPID + ": " + appid);
        }
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("secret must not be blank for appid " + appid);
        }
        authDomains = CallbackDomains.normalizeAll(authDomains);
        openPlatformId = openPlatformId == null || openPlatformId.isBlank() ? null : openPlatformId.trim();
        name = name == null || name.isBlank() ? null : name.strip();
    }

    /** An account without a name of its own. */
    public SandboxWechatApp(String appid, String secret, List<String> authDomains, String openPlatformId) {
        this(appid, secret, authDomains, openPlatformId, null);
    }

    /** What WeChat's pages call the account: its name, as a payer knows it; the appid when it has none. */
    public String displayName() {
        return name == null ? appid : name;
    }

    /** True when a redirect_uri on {@code host} is allowed: exact, case-insensitive host match, port ignored. */
    public boolean allowsRedirectHost(String host) {
        return CallbackDomains.allows(authDomains, host);
    }

    public boolean boundToOpenPlatform() {
        return openPlatformId != null;
    }

    @Override
    public String toString() {
        // Keep the secret out of logs and error messages.
        return "SandboxWechatApp[appid=" + appid + ", authDomains=" + authDomains + ", openPlatformId=" + openPlatformId
                + ", name=" + name + "]";
    }
}
