package io.payerid.core.tenant;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.signing.SignType;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A merchant's API client: its {@code appId}, the shared key for MD5/HMAC signatures and/or the
 * merchant's RSA public key, which sign types it may use, and how it receives a browser flow's result.
 *
 * <p>After a key rotation {@code previousSignKey} is the replaced key: it still verifies the merchant's
 * requests until {@code previousKeyExpiresAt} (epoch ms), so the merchant can roll out the new key without
 * an outage. Everything the gateway signs uses {@code signKey} at once.
 *
 * <p>A disabled app ({@code enabled} false) is refused at every entry point like a disabled merchant
 * ({@code APP_DISABLED}); its keys and settings stay, so enabling it again restores it as it was.
 */
public record MerchantApp(String id, String appId, String merchantId, Secret signKey, String rsaPublicKey,
                          Set<SignType> signTypes, long createdAt, ResultDelivery resultDelivery,
                          Secret previousSignKey, long previousKeyExpiresAt, long updatedAt, boolean enabled) {

    public MerchantApp {
        signTypes = Set.copyOf(signTypes);
        resultDelivery = resultDelivery == null ? ResultDelivery.REDIRECT : resultDelivery;
        if (previousSignKey == null) {
            previousKeyExpiresAt = 0;
        }
    }

    /** An enabled app. */
    public MerchantApp(String id, String appId, String merchantId, Secret signKey, String rsaPublicKey,
                       Set<SignType> signTypes, long createdAt, ResultDelivery resultDelivery,
                       Secret previousSignKey, long previousKeyExpiresAt, long updatedAt) {
        this(id, appId, merchantId, signKey, rsaPublicKey, signTypes, createdAt, resultDelivery, previousSignKey,
                previousKeyExpiresAt, updatedAt, true);
    }

    /**
     * Refuses a disabled app with {@code APP_DISABLED}: the one check every entry point and server API runs after
     * finding the app, next to its merchant's enabled check.
     */
    public MerchantApp requireEnabled() {
        if (!enabled) {
            throw new PayerIdException(ErrorCode.APP_DISABLED, "app " + appId + " is disabled");
        }
        return this;
    }

    /** This app with {@code enabled} set, changed at {@code nowMillis}. */
    public MerchantApp withEnabled(boolean enabled, long nowMillis) {
        return new MerchantApp(id, appId, merchantId, signKey, rsaPublicKey, signTypes, createdAt, resultDelivery,
                previousSignKey, previousKeyExpiresAt, nowMillis, enabled);
    }

    /** An app without a key overlap that has not changed since it was created. */
    public MerchantApp(String id, String appId, String merchantId, Secret signKey, String rsaPublicKey,
                       Set<SignType> signTypes, long createdAt, ResultDelivery resultDelivery) {
        this(id, appId, merchantId, signKey, rsaPublicKey, signTypes, createdAt, resultDelivery, null, 0, createdAt);
    }

    /** An app with the default result delivery (signed redirect). */
    public MerchantApp(String id, String appId, String merchantId, Secret signKey, String rsaPublicKey,
                       Set<SignType> signTypes, long createdAt) {
        this(id, appId, merchantId, signKey, rsaPublicKey, signTypes, createdAt, ResultDelivery.REDIRECT);
    }

    public boolean accepts(SignType type) {
        return signTypes.contains(type);
    }

    /**
     * The shared keys a merchant's signature may be made with at {@code nowMillis}: the current key, plus the
     * previous one while its overlap runs. The only place the overlap rule lives; every verifier of app-keyed
     * signatures asks here. Empty when the app has no shared key.
     */
    public List<Secret> verifyingSignKeys(long nowMillis) {
        if (signKey == null) {
            return List.of();
        }
        if (previousSignKey != null && nowMillis < previousKeyExpiresAt) {
            return List.of(signKey, previousSignKey);
        }
        return List.of(signKey);
    }

    /**
     * Whether {@code check} accepts one of the {@link #verifyingSignKeys verifying keys}. Every key is tried,
     * also after a match, so the time taken does not tell which key matched.
     */
    public boolean signedWithAnyKey(long nowMillis, Predicate<Secret> check) {
        boolean matched = false;
        for (Secret key : verifyingSignKeys(nowMillis)) {
            matched |= check.test(key);
        }
        return matched;
    }
}
