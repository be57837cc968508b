package io.payerid.core.tenant.cache;

import com.github.benmanes.caffeine.cache.Ticker;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.core.tenant.WhitelistEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * The read side of the tenant model from memory: every lookup goes to the database once, then stays in a
 * bounded cache until a {@link TenantChange} names it or the TTL passes. Channel configurations are cached as the
 * database directory returns them, secrets already decrypted into {@code Secret}s (masked {@code toString}), so a
 * warmed request decrypts nothing and runs no SQL.
 *
 * <p>Keys a client chooses (appId, mchNo, instNo) longer than any stored key are answered unknown without a query;
 * other unknown keys are remembered apart from known ones (see {@link TenantCacheSettings}).
 */
public final class CachingTenantDirectory implements TenantDirectory {

    /** The longest natural key the admin API stores (appId, mchNo, instNo). */
    static final int MAX_NATURAL_KEY = 64;

    private record ChannelKey(String merchantId, String institutionId, ChannelKind kind) {
    }

    private final ReadThroughCache<String, Institution> institutionsById;
    private final ReadThroughCache<String, Institution> institutionsByInstNo;
    private final ReadThroughCache<String, Merchant> merchantsById;
    private final ReadThroughCache<String, Merchant> merchantsByMchNo;
    private final ReadThroughCache<String, MerchantApp> appsByAppId;
    private final ReadThroughCache<ChannelKey, ChannelConfig> effectiveChannels;
    private final ReadThroughCache<String, List<WhitelistEntry>> whitelists;

    public CachingTenantDirectory(TenantDirectory database, TenantCacheSettings settings, Ticker ticker) {
        Semaphore loads = new Semaphore(settings.concurrentLoads());
        institutionsById = new ReadThroughCache<>(settings, ticker, loads, database::institutionById);
        institutionsByInstNo = new ReadThroughCache<>(settings, ticker, loads, database::institutionByInstNo);
        merchantsById = new ReadThroughCache<>(settings, ticker, loads, database::merchantById);
        merchantsByMchNo = new ReadThroughCache<>(settings, ticker, loads, database::merchantByMchNo);
        appsByAppId = new ReadThroughCache<>(settings, ticker, loads, database::appByAppId);
        // The database directory reads only the merchant's id and institution id; the key holds just those, so a
        // renamed or disabled merchant still finds its cached channels.
        effectiveChannels = new ReadThroughCache<>(settings, ticker, loads, key -> database.effectiveChannel(
                new Merchant(key.merchantId(), key.institutionId(), "", "", true, 0), key.kind()));
        whitelists = new ReadThroughCache<>(settings, ticker, loads,
                merchantId -> Optional.of(List.copyOf(database.whitelist(merchantId))));
    }

    /** Each lookup's cache by a name for metrics (hits and misses). */
    public Map<String, ReadThroughCache<?, ?>> caches() {
        Map<String, ReadThroughCache<?, ?>> caches = new LinkedHashMap<>();
        caches.put("institutions-by-id", institutionsById);
        caches.put("institutions-by-inst-no", institutionsByInstNo);
        caches.put("merchants-by-id", merchantsById);
        caches.put("merchants-by-mch-no", merchantsByMchNo);
        caches.put("apps", appsByAppId);
        caches.put("channels", effectiveChannels);
        caches.put("whitelists", whitelists);
        return caches;
    }

    /** Forgets what a change names; subscribed to {@link TenantChanges}. */
    public void apply(TenantChange change) {
        String id = change.id();
        switch (change.scope()) {
            case INSTITUTION -> {
                institutionsById.invalidate(id);
                institutionsByInstNo.invalidateMatching((instNo, institution) -> institution.id().equals(id));
            }
            case MERCHANT -> {
                merchantsById.invalidate(id);
                merchantsByMchNo.invalidateMatching((mchNo, merchant) -> merchant.id().equals(id));
            }
            case APP -> appsByAppId.invalidateMatching((appId, app) -> app.id().equals(id));
            case INSTITUTION_CHANNELS -> effectiveChannels.invalidateMatching((key, channel) -> key.institutionId().equals(id));
            case MERCHANT_CHANNELS -> effectiveChannels.invalidateMatching((key, channel) -> key.merchantId().equals(id));
            case WHITELIST -> whitelists.invalidate(id);
            case RATE_LIMIT, QR_ENTRY -> {
                // not held here: CachingAppRateLimitOverrides, QrEntries
            }
            case EVERYTHING -> invalidateAll();
        }
    }

    public void invalidateAll() {
        institutionsById.invalidateAll();
        institutionsByInstNo.invalidateAll();
        merchantsById.invalidateAll();
        merchantsByMchNo.invalidateAll();
        appsByAppId.invalidateAll();
        effectiveChannels.invalidateAll();
        whitelists.invalidateAll();
    }

    @Override
    public Optional<Institution> institutionById(String id) {
        return id == null ? Optional.empty() : institutionsById.get(id);
    }

    @Override
    public Optional<Institution> institutionByInstNo(String instNo) {
        return storable(instNo) ? institutionsByInstNo.get(instNo) : Optional.empty();
    }

    @Override
    public Optional<Merchant> merchantById(String id) {
        return id == null ? Optional.empty() : merchantsById.get(id);
    }

    @Override
    public Optional<Merchant> merchantByMchNo(String mchNo) {
        return storable(mchNo) ? merchantsByMchNo.get(mchNo) : Optional.empty();
    }

    @Override
    public Optional<MerchantApp> appByAppId(String appId) {
        return storable(appId) ? appsByAppId.get(appId) : Optional.empty();
    }

    @Override
    public Optional<ChannelConfig> effectiveChannel(Merchant merchant, ChannelKind kind) {
        return effectiveChannels.get(new ChannelKey(merchant.id(), merchant.institutionId(), kind));
    }

    @Override
    public List<WhitelistEntry> whitelist(String merchantId) {
        return whitelists.get(merchantId).orElse(List.of());
    }

    private static boolean storable(String naturalKey) {
        return naturalKey != null && !naturalKey.isEmpty() && naturalKey.length() <= MAX_NATURAL_KEY;
    }
}
