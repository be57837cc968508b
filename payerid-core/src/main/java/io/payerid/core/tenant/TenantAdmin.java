package io.payerid.core.tenant;

import io.payerid.core.signing.SignType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Write side of the tenant model, as the operator's admin API (and embedded-mode seeding) needs it.
 * The server implements it over the database, encrypting secrets on the way in.
 *
 * <p>Failures are {@link io.payerid.core.error.PayerIdException}s: {@code CONFLICT} when a natural key
 * (instNo, mchNo, appId, a whitelist target) is taken, {@code NOT_FOUND} when the record to update or
 * its owner does not exist, {@code INVALID_REQUEST} for a value the store cannot hold.
 */
public interface TenantAdmin {

    Institution createInstitution(String instNo, String name, Secret signKey);

    /** Changes the name and/or key of the institution with that id; a {@code null} argument keeps the value. */
    Institution updateInstitution(String institutionId, String name, Secret signKey);

    /** All institutions, by instNo. */
    List<Institution> institutions();

    Merchant createMerchant(String institutionId, String mchNo, String name, boolean enabled);

    /** Changes the name and/or enabled flag; a {@code null} argument keeps the value. */
    Merchant updateMerchant(String merchantId, String name, Boolean enabled);

    /** The institution's merchants, by mchNo. */
    List<Merchant> merchantsOf(String institutionId);

    MerchantApp createApp(String merchantId, String appId, Secret signKey, String rsaPublicKey, Set<SignType> signTypes);

    /** Changes the key, RSA public key and/or sign types of the app with that id; {@code null} keeps the value. */
    MerchantApp updateApp(String id, Secret signKey, String rsaPublicKey, Set<SignType> signTypes);

    /**
     * Replaces the app's shared key with {@code newKey}; the replaced key keeps verifying the merchant's
     * requests until {@code previousKeyExpiresAt} (epoch ms; not after now: no overlap). A rotation during an
     * overlap drops the older previous key.
     */
    MerchantApp rotateSignKey(String id, Secret newKey, long previousKeyExpiresAt);

    /** Sets how the app with that id receives browser flow results. */
    MerchantApp setResultDelivery(String id, ResultDelivery delivery);

    /** Enables or disables the app with that id (a disabled app is refused with {@code APP_DISABLED}). */
    MerchantApp setAppEnabled(String id, boolean enabled);

    /** The merchant's apps, oldest first. */
    List<MerchantApp> appsOf(String merchantId);

    /** Creates or replaces (settings and secrets as a whole) the owner's configuration of that kind. */
    ChannelConfig putChannel(OwnerType ownerType, String ownerId, ChannelKind kind, ChannelMode mode,
                             Map<String, String> settings, Map<String, Secret> secrets);

    /** The owner's own configuration of that kind (no institution fallback, unlike {@code effectiveChannel}). */
    Optional<ChannelConfig> channel(OwnerType ownerType, String ownerId, ChannelKind kind);

    List<ChannelConfig> channelsOf(OwnerType ownerType, String ownerId);

    boolean removeChannel(OwnerType ownerType, String ownerId, ChannelKind kind);

    /**
     * Adds an allowed redirect target. {@code port} -1 means the scheme's default. {@code wholeOrigin}
     * admits every path and requires an empty {@code pathPrefix}; otherwise the prefix is required
     * ({@code INVALID_REQUEST} when the two disagree).
     */
    WhitelistEntry addWhitelistEntry(String merchantId, String scheme, String host, int port, String pathPrefix,
                                     boolean wholeOrigin);

    /** For code seeding its own targets (demo, tests): a {@code null} or empty prefix means the whole origin. */
    default WhitelistEntry addWhitelistEntry(String merchantId, String scheme, String host, int port, String pathPrefix) {
        return addWhitelistEntry(merchantId, scheme, host, port, pathPrefix, pathPrefix == null || pathPrefix.isEmpty());
    }

    /** False when the merchant has no entry with that id. */
    boolean removeWhitelistEntry(String merchantId, String entryId);
}
