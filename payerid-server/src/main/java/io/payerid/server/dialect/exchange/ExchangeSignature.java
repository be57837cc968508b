package io.payerid.server.dialect.exchange;

import io.payerid.core.signing.CanonicalString;
import io.payerid.core.signing.ConstantTime;
import io.payerid.core.signing.Digests;
import io.payerid.core.signing.HexCase;
import io.payerid.core.signing.RsaSigner;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.Secret;
import io.payerid.server.config.PlatformKeys;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The vendor's signature (§H.4): the signed headers as a canonical {@code k=v&k=v} string (sorted, empty
 * ones and {@code sign} skipped) immediately followed by the raw body, exactly as transmitted. MD5 appends
 * the key with no separator and is uppercase hex; SHA256-RSA is Base64 SHA256withRSA — the merchant's key
 * on requests, the platform key on what the gateway sends.
 */
@Component
public class ExchangeSignature {

    private final PlatformKeys platformKeys;
    private final Clock clock;

    public ExchangeSignature(PlatformKeys platformKeys, Clock clock) {
        this.platformKeys = platformKeys;
        this.clock = clock;
    }

    public static String stringToSign(Map<String, String> signedHeaders, String rawBody) {
        return CanonicalString.of(signedHeaders, "sign") + rawBody;
    }

    /** Constant-time for MD5 (case-insensitive hex); a malformed signature or key is a failed verification. */
    public boolean verify(MerchantApp app, ExchangeSignType type, String content, String sign) {
        return switch (type) {
            case MD5 -> app.signedWithAnyKey(clock.millis(),
                    key -> ConstantTime.equalsHexIgnoreCase(md5(content, key), sign));
            case SHA256_RSA -> app.rsaPublicKey() != null && verifyRsa(app, content, sign);
        };
    }

    /** The gateway's signature over an answer or a callback, in the scheme the merchant chose. */
    public String sign(MerchantApp app, ExchangeSignType type, String content) {
        return switch (type) {
            case MD5 -> {
                if (app.signKey() == null) {
                    throw new IllegalStateException("app " + app.appId() + " has no MD5 key");
                }
                yield md5(content, app.signKey());
            }
            case SHA256_RSA -> RsaSigner.sign(content, platformKeys.privateKey());
        };
    }

    /** Plain concatenation: the vendor's MD5 rule has no {@code &key=}. */
    private static String md5(String content, Secret key) {
        return Digests.md5Hex(content + key.reveal(), HexCase.UPPER);
    }

    private static boolean verifyRsa(MerchantApp app, String content, String sign) {
        try {
            return RsaSigner.verify(content, sign, RsaSigner.publicKey(app.rsaPublicKey()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
