package io.payerid.core.tenant;

import io.payerid.core.signing.SignType;
import java.util.Set;

/**
 * A merchant's API client: its {@code appId}, the shared key for MD5/HMAC signatures and/or the
 * merchant's RSA public key, which sign types it may use, and how it receives a browser flow's result.
 */
public record MerchantApp(String id, String appId, String merchantId, Secret signKey, String rsaPublicKey,
                          Set<SignType> signTypes, long createdAt, ResultDelivery resultDelivery) {

    public MerchantApp {
        signTypes = Set.copyOf(signTypes);
        resultDelivery = resultDelivery == null ? ResultDelivery.REDIRECT : resultDelivery;
    }

    /** An app with the default result delivery (signed redirect). */
    public MerchantApp(String id, String appId, String merchantId, Secret signKey, String rsaPublicKey,
                       Set<SignType> signTypes, long createdAt) {
        this(id, appId, merchantId, signKey, rsaPublicKey, signTypes, createdAt, ResultDelivery.REDIRECT);
    }

    public boolean accepts(SignType type) {
        return signTypes.contains(type);
    }
}
