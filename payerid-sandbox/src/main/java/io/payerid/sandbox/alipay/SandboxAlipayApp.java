package io.payerid.sandbox.alipay;

import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * A sandbox Alipay open-platform app (应用): the public half of its RSA2 key pair (requests are
 * verified with it), its authorization callback domains (授权回调地址), which ids it gets back, and
 * optionally its app group (which is what makes Alipay return union_id).
 *
 * @param appId           the app's app_id (real ones are 16 digits starting with 20)
 * @param appPublicKey    the app's RSA public key, X.509 Base64 (PEM armour tolerated)
 * @param callbackDomains hosts a redirect_uri may point to; compared exactly, ports ignored
 * @param identityMode    open_id (Alipay's default for new apps), user_id, or both
 * @param appGroupId      app group whose members share a union_id per user, or null
 * @param authCodeTtl     this app's auth_code lifetime (Alipay: 3 minutes to 24 hours by scene), or null for
 *                        the sandbox default
 * @param isvAppId        service-provider mode: the ISV app this app has authorized (第三方应用授权), or null
 * @param appAuthToken    the app_auth_token that ISV presents for this app, or null
 * @param name            the app's name (应用名称) its consent page shows, or null (then the app_id)
 */
public record SandboxAlipayApp(String appId, String appPublicKey, List<String> callbackDomains, IdentityMode identityMode,
                               String appGroupId, Duration authCodeTtl, String isvAppId, String appAuthToken,
                               String name) {

    private static final Pattern APP_ID = Pattern.compile("[0-9A-Za-z]{1,32}");

    /** Configuration properties bind through this one (the record has a shorter constructor too). */
    @ConstructorBinding
    public SandboxAlipayApp {
        if (appId == null || !APP_ID.matcher(appId).matches()) {
            throw new IllegalArgumentException("appId must match " + APP_ID + ": " + appId);
        }
        // Parsing now turns a bad key into a registration error instead of a failure at the first call.
        RsaKeys.publicKey(Objects.requireNonNull(appPublicKey, "appPublicKey must be given for app " + appId));
        callbackDomains = callbackDomains == null ? List.of()
                : callbackDomains.stream().map(SandboxAlipayApp::normalizeDomain).toList();
        identityMode = identityMode == null ? IdentityMode.OPEN_ID : identityMode;
        appGroupId = blankToNull(appGroupId);
        if (authCodeTtl != null && (authCodeTtl.isNegative() || authCodeTtl.isZero())) {
            throw new IllegalArgumentException("authCodeTtl must be positive for app " + appId);
        }
        isvAppId = blankToNull(isvAppId);
        appAuthToken = blankToNull(appAuthToken);
        if ((isvAppId == null) != (appAuthToken == null)) {
            throw new IllegalArgumentException("isvAppId and appAuthToken go together for app " + appId);
        }
        name = blankToNull(name);
    }

    /** An app without a name of its own. */
    public SandboxAlipayApp(String appId, String appPublicKey, List<String> callbackDomains, IdentityMode identityMode,
                            String appGroupId, Duration authCodeTtl, String isvAppId, String appAuthToken) {
        this(appId, appPublicKey, callbackDomains, identityMode, appGroupId, authCodeTtl, isvAppId, appAuthToken, null);
    }

    /** What Alipay's pages call the app: its name, as a payer knows it; the app_id when it has none. */
    public String displayName() {
        return name == null ? appId : name;
    }

    /** A plain direct-mode app. */
    public static SandboxAlipayApp of(String appId, String appPublicKey, List<String> callbackDomains,
                                      IdentityMode identityMode) {
        return new SandboxAlipayApp(appId, appPublicKey, callbackDomains, identityMode, null, null, null, null);
    }

    PublicKey publicKey() {
        return RsaKeys.publicKey(appPublicKey);
    }

    boolean allowsRedirectHost(String host) {
        return host != null && callbackDomains.contains(normalizeDomain(host));
    }

    /** "Merchant.Example:8443" → "merchant.example". */
    // Not CallbackDomains.normalize: a bracketed IPv6 literal keeps its port here; kept as the Alipay sandbox behaves.
    private static String normalizeDomain(String domain) {
        String host = domain == null ? "" : domain.trim().toLowerCase(Locale.ROOT);
        int colon = host.lastIndexOf(':');
        if (colon >= 0 && !host.startsWith("[")) {
            host = host.substring(0, colon);
        }
        return host;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public String toString() {
        // The app_auth_token is a credential of the ISV: keep it out of logs.
        return "SandboxAlipayApp[appId=" + appId + ", callbackDomains=" + callbackDomains + ", identityMode=" + identityMode
                + ", appGroupId=" + appGroupId + ", isvAppId=" + isvAppId + ", name=" + name + "]";
    }
}
