package io.payerid.core.tenant;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;

/**
 * Typed view of a {@link ChannelKind#ALIPAY} (or {@link ChannelKind#ALIPAY_MINIAPP}, same fields) configuration: the Alipay open-platform app (应用) whose
 * publicAppAuthorize identifies the payer, with its RSA2 key pair half and Alipay's public key.
 *
 * <p>In {@link ChannelMode#SERVICE_PROVIDER} mode {@code appId} and {@code privateKey} are the
 * service provider's (ISV's) app, which calls the gateway with the merchant's {@code appAuthToken}
 * (第三方应用授权); the payer authorizes the merchant's own app, {@code merchantAppId}, because an
 * auth_code is only redeemable for the app it was issued to and the open_id is scoped to it.
 *
 * @param appId           the app that calls the Alipay gateway
 * @param alipayPublicKey Alipay's RSA public key (X.509 Base64) for response signatures
 * @param privateKey      the app's RSA private key (PKCS#8 Base64) for request signatures
 * @param appAuthToken    service-provider mode: the merchant's app_auth_token, else null
 * @param merchantAppId   service-provider mode: the merchant's app_id the payer authorizes, else null
 */
public record AlipayApp(String appId, String alipayPublicKey, Secret privateKey, ChannelMode mode,
                        Secret appAuthToken, String merchantAppId) {

    public static final String APP_ID = "appId";
    public static final String ALIPAY_PUBLIC_KEY = "alipayPublicKey";
    public static final String MERCHANT_APP_ID = "merchantAppId";
    public static final String PRIVATE_KEY = "privateKey";
    public static final String APP_AUTH_TOKEN = "appAuthToken";

    public static AlipayApp from(ChannelConfig config) {
        if (config.kind() != ChannelKind.ALIPAY && config.kind() != ChannelKind.ALIPAY_MINIAPP) {
            throw new IllegalArgumentException("not an Alipay configuration: " + config.kind());
        }
        String appId = config.setting(APP_ID).orElseThrow(() -> misconfigured(APP_ID));
        String alipayPublicKey = config.setting(ALIPAY_PUBLIC_KEY).orElseThrow(() -> misconfigured(ALIPAY_PUBLIC_KEY));
        Secret privateKey = config.secret(PRIVATE_KEY).orElseThrow(() -> misconfigured(PRIVATE_KEY));
        if (config.mode() != ChannelMode.SERVICE_PROVIDER) {
            return new AlipayApp(appId, alipayPublicKey, privateKey, config.mode(), null, null);
        }
        Secret appAuthToken = config.secret(APP_AUTH_TOKEN).orElseThrow(() -> misconfigured(APP_AUTH_TOKEN));
        String merchantAppId = config.setting(MERCHANT_APP_ID).orElseThrow(() -> misconfigured(MERCHANT_APP_ID));
        return new AlipayApp(appId, alipayPublicKey, privateKey, config.mode(), appAuthToken, merchantAppId);
    }

    /** The app the payer authorizes: its app_id goes into the authorize URL and scopes the open_id. */
    public String authorizingAppId() {
        return mode == ChannelMode.SERVICE_PROVIDER ? merchantAppId : appId;
    }

    private static PayerIdException misconfigured(String field) {
        return new PayerIdException(ErrorCode.CHANNEL_NOT_CONFIGURED, "Alipay app has no " + field);
    }
}
