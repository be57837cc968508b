package io.payerid.core.tenant.cache;

import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.WhitelistEntry;
import io.payerid.core.tenant.TenantDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The database side of the cache tests: plain maps, and a count of the lookups that reached it. */
final class InMemoryTenantDirectory implements TenantDirectory {

    final Map<String, Institution> institutions = new ConcurrentHashMap<>();
    final Map<String, Merchant> merchants = new ConcurrentHashMap<>();
    final Map<String, MerchantApp> apps = new ConcurrentHashMap<>();
    final Map<String, ChannelConfig> channels = new ConcurrentHashMap<>();
    final Map<String, List<WhitelistEntry>> whitelists = new ConcurrentHashMap<>();
    final AtomicInteger queries = new AtomicInteger();
    /** Runs inside the next app lookup, after it read the row: a write racing the load. */
    volatile Runnable duringAppLoad = () -> { };

    @Override
    public Optional<Institution> institutionById(String id) {
        queries.incrementAndGet();
        return Optional.ofNullable(institutions.get(id));
    }

    @Override
    public Optional<Institution> institutionByInstNo(String instNo) {
        queries.incrementAndGet();
        return institutions.values().stream().filter(i -> i.instNo().equals(instNo)).findFirst();
    }

    @Override
    public Optional<Merchant> merchantById(String id) {
        queries.incrementAndGet();
        return Optional.ofNullable(merchants.get(id));
    }

    @Override
    public Optional<Merchant> merchantByMchNo(String mchNo) {
        queries.incrementAndGet();
        return merchants.values().stream().filter(m -> m.mchNo().equals(mchNo)).findFirst();
    }

    @Override
    public Optional<MerchantApp> appByAppId(String appId) {
        queries.incrementAndGet();
        Optional<MerchantApp> found = apps.values().stream().filter(a -> a.appId().equals(appId)).findFirst();
        Runnable race = duringAppLoad;
        duringAppLoad = () -> { };
        race.run();
        return found;
    }

    @Override
    public Optional<ChannelConfig> effectiveChannel(Merchant merchant, ChannelKind kind) {
        queries.incrementAndGet();
        ChannelConfig own = channels.get(key(OwnerType.MERCHANT, merchant.id(), kind));
        return Optional.ofNullable(own != null ? own : channels.get(key(OwnerType.INSTITUTION, merchant.institutionId(), kind)));
    }

    @Override
    public List<WhitelistEntry> whitelist(String merchantId) {
        queries.incrementAndGet();
        return new ArrayList<>(whitelists.getOrDefault(merchantId, List.of()));
    }

    void putChannel(OwnerType ownerType, String ownerId, ChannelKind kind, String appId) {
        channels.put(key(ownerType, ownerId, kind), new ChannelConfig("c-" + ownerId + kind, ownerType, ownerId, kind,
                io.payerid.core.tenant.ChannelMode.DIRECT, Map.of("appId", appId), Map.of(), 0));
    }

    private static String key(OwnerType ownerType, String ownerId, ChannelKind kind) {
        return ownerType + "/" + ownerId + "/" + kind;
    }
}
