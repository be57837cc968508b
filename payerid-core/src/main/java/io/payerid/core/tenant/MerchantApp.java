package io.payerid.core.tenant;

import io.payerid.core.signing.SignType;
import java.util.Set;

/**
 * A merchant's API client: its {@code appId}, the shared key for MD5/HMAC signatures and/or the
 * merchant's RSA public key, and which sign types it may use.
 */
public record MerchantApp(String id, String appId, String merchantId, Secret signKey, String rsaPublicKey,
                          Set<SignType> signTypes, long createdAt) {

    public MerchantApp {
        signTypes = Set.copyOf(signTypes);
    }

    public boolean accepts(SignType type) {
        return signTypes.contains(type);
    }
}
