package io.payerid.core.signing;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.MerchantApp;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.Map;

/**
 * Signs and verifies the gateway's native API parameters for a merchant app. MD5 and HMAC-SHA256
 * use the app's shared key ({@code &key=}, uppercase hex, verification case-insensitive); RSA2
 * verifies with the merchant's public key and signs answers with the platform's private key.
 */
public final class MerchantSignatures {

    private final PrivateKey platformKey;
    private final Clock clock;

    public MerchantSignatures(PrivateKey platformKey) {
        this(platformKey, Clock.systemUTC());
    }

    /** @param clock decides whether a rotated-out key is still within its overlap */
    public MerchantSignatures(PrivateKey platformKey, Clock clock) {
        this.platformKey = platformKey;
        this.clock = clock;
    }

    public boolean verify(MerchantApp app, SignType type, Map<String, String> params, String signature) {
        return switch (type) {
            case MD5, HMAC_SHA256 -> app.signedWithAnyKey(clock.millis(),
                    key -> KeyedDigestSigner.wechatPayV2(type).verify(params, key.reveal(), signature));
            case RSA2 -> app.rsaPublicKey() != null
                    && RsaSigner.verify(CanonicalString.of(params, "sign"), signature, RsaSigner.publicKey(app.rsaPublicKey()));
        };
    }

    public String sign(MerchantApp app, SignType type, Map<String, String> params) {
        return switch (type) {
            case MD5, HMAC_SHA256 -> {
                if (app.signKey() == null) {
                    throw new PayerIdException(ErrorCode.UNSUPPORTED_SIGN_TYPE, "app has no shared key for " + type.wireName());
                }
                yield KeyedDigestSigner.wechatPayV2(type).sign(params, app.signKey().reveal());
            }
            case RSA2 -> RsaSigner.sign(CanonicalString.of(params, "sign"), platformKey);
        };
    }
}
