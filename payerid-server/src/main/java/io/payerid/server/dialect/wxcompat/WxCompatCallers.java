package io.payerid.server.dialect.wxcompat;

import io.payerid.server.ratelimit.AppRequestQuota;
import io.payerid.core.signing.ConstantTime;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.TenantDirectory;
import org.springframework.stereotype.Component;

/**
 * Who is calling, in WeChat's terms: the merchant app is the "appid", its signKey the "secret", and the
 * merchant behind it the account whose mini-program answers. Checks run in WeChat's order and fail with
 * its errcodes.
 */
@Component
class WxCompatCallers {

    static final String CLIENT_CREDENTIAL = "client_credential";

    private final TenantDirectory tenants;
    private final AppRequestQuota quota;

    WxCompatCallers(TenantDirectory tenants, AppRequestQuota quota) {
        this.tenants = tenants;
        this.quota = quota;
    }

    /**
     * A token request's credentials.
     *
     * @throws WxErrcodeException 41002 / 41004 missing appid / secret, 40002 grant_type other than
     *                            client_credential, 40013 unknown appid, 40125 wrong secret, 50002 merchant disabled
     */
    MerchantApp authenticate(String grantType, String appid, String secret) {
        if (blank(appid)) {
            throw WxErrcodes.of(WxErrcodes.APPID_MISSING, "appid missing");
        }
        if (blank(secret)) {
            throw WxErrcodes.of(WxErrcodes.APPSECRET_MISSING, "appsecret missing");
        }
        if (!CLIENT_CREDENTIAL.equals(grantType)) {
            throw WxErrcodes.of(WxErrcodes.INVALID_GRANT_TYPE, "invalid grant_type");
        }
        MerchantApp app = tenants.appByAppId(appid)
                .orElseThrow(() -> WxErrcodes.of(WxErrcodes.INVALID_APPID, "invalid appid"));
        // An RSA-only app has no shared key, hence no secret that could match.
        if (!app.signedWithAnyKey(System.currentTimeMillis(), key -> ConstantTime.equals(key.reveal(), secret))) {
            throw WxErrcodes.of(WxErrcodes.INVALID_APPSECRET, "invalid appsecret");
        }
        enabledMerchant(app);
        quota.consume(app); // only once the secret matched: a wrong secret must not spend the app's quota
        return app;
    }

    /**
     * The enabled merchant of the app a valid token was issued to, taking one token from the app's rate limit;
     * 40001 if the app is gone, 50002 if disabled, 45011 over the limit.
     */
    Merchant merchantOf(String appId) {
        MerchantApp app = tenants.appByAppId(appId).orElseThrow(
                () -> WxErrcodes.of(WxErrcodes.INVALID_CREDENTIAL, "invalid credential, the app no longer exists"));
        Merchant merchant = enabledMerchant(app);
        quota.consume(app);
        return merchant;
    }

    /** A disabled merchant or app is treated like a WeChat account whose API access was restricted. */
    private Merchant enabledMerchant(MerchantApp app) {
        Merchant merchant = tenants.merchantById(app.merchantId()).orElseThrow(
                () -> WxErrcodes.of(WxErrcodes.INVALID_CREDENTIAL, "invalid credential, the merchant no longer exists"));
        if (!merchant.enabled()) {
            throw WxErrcodes.of(WxErrcodes.USER_LIMITED, "user limited hint: [merchant is disabled]");
        }
        if (!app.enabled()) {
            throw WxErrcodes.of(WxErrcodes.USER_LIMITED, "user limited hint: [app is disabled]");
        }
        return merchant;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
