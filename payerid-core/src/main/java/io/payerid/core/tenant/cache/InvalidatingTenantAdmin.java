package io.payerid.core.tenant.cache;

import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.ResultDelivery;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.WhitelistEntry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The write side, announcing every write as a {@link TenantChange} once the database has it. A write that fails
 * half-way (a timeout after the commit) is announced too: forgetting an entry is always safe, keeping one is not.
 * Admin reads ({@code institutions()}, {@code channel(...)}) go to the database: the operator sees what is stored.
 */
public final class InvalidatingTenantAdmin implements TenantAdmin {

    private final TenantAdmin database;
    private final TenantChanges changes;

    public InvalidatingTenantAdmin(TenantAdmin database, TenantChanges changes) {
        this.database = database;
        this.changes = changes;
    }

    @Override
    public Institution createInstitution(String instNo, String name, Secret signKey) {
        // a new record has no id yet to announce: the change still clears every remembered unknown instNo
        Institution created = database.createInstitution(instNo, name, signKey);
        changes.publish(new TenantChange(TenantChange.Scope.INSTITUTION, created.id()));
        return created;
    }

    @Override
    public Institution updateInstitution(String institutionId, String name, Secret signKey) {
        return announced(new TenantChange(TenantChange.Scope.INSTITUTION, institutionId),
                () -> database.updateInstitution(institutionId, name, signKey));
    }

    @Override
    public List<Institution> institutions() {
        return database.institutions();
    }

    @Override
    public Merchant createMerchant(String institutionId, String mchNo, String name, boolean enabled) {
        Merchant created = database.createMerchant(institutionId, mchNo, name, enabled);
        changes.publish(new TenantChange(TenantChange.Scope.MERCHANT, created.id()));
        return created;
    }

    @Override
    public Merchant updateMerchant(String merchantId, String name, Boolean enabled) {
        return announced(new TenantChange(TenantChange.Scope.MERCHANT, merchantId),
                () -> database.updateMerchant(merchantId, name, enabled));
    }

    @Override
    public List<Merchant> merchantsOf(String institutionId) {
        return database.merchantsOf(institutionId);
    }

    @Override
    public MerchantApp createApp(String merchantId, String appId, Secret signKey, String rsaPublicKey,
                                 Set<SignType> signTypes) {
        MerchantApp created = database.createApp(merchantId, appId, signKey, rsaPublicKey, signTypes);
        changes.publish(new TenantChange(TenantChange.Scope.APP, created.id()));
        return created;
    }

    @Override
    public MerchantApp updateApp(String id, Secret signKey, String rsaPublicKey, Set<SignType> signTypes) {
        return announced(new TenantChange(TenantChange.Scope.APP, id),
                () -> database.updateApp(id, signKey, rsaPublicKey, signTypes));
    }

    @Override
    public MerchantApp rotateSignKey(String id, Secret newKey, long previousKeyExpiresAt) {
        return announced(new TenantChange(TenantChange.Scope.APP, id),
                () -> database.rotateSignKey(id, newKey, previousKeyExpiresAt));
    }

    @Override
    public MerchantApp setResultDelivery(String id, ResultDelivery delivery) {
        return announced(new TenantChange(TenantChange.Scope.APP, id), () -> database.setResultDelivery(id, delivery));
    }

    @Override
    public MerchantApp setAppEnabled(String id, boolean enabled) {
        return announced(new TenantChange(TenantChange.Scope.APP, id), () -> database.setAppEnabled(id, enabled));
    }

    @Override
    public List<MerchantApp> appsOf(String merchantId) {
        return database.appsOf(merchantId);
    }

    @Override
    public ChannelConfig putChannel(OwnerType ownerType, String ownerId, ChannelKind kind, ChannelMode mode,
                                    Map<String, String> settings, Map<String, Secret> secrets) {
        return announced(TenantChange.channelsOf(ownerType, ownerId),
                () -> database.putChannel(ownerType, ownerId, kind, mode, settings, secrets));
    }

    @Override
    public Optional<ChannelConfig> channel(OwnerType ownerType, String ownerId, ChannelKind kind) {
        return database.channel(ownerType, ownerId, kind);
    }

    @Override
    public List<ChannelConfig> channelsOf(OwnerType ownerType, String ownerId) {
        return database.channelsOf(ownerType, ownerId);
    }

    @Override
    public boolean removeChannel(OwnerType ownerType, String ownerId, ChannelKind kind) {
        return announced(TenantChange.channelsOf(ownerType, ownerId),
                () -> database.removeChannel(ownerType, ownerId, kind));
    }

    @Override
    public WhitelistEntry addWhitelistEntry(String merchantId, String scheme, String host, int port, String pathPrefix,
                                            boolean wholeOrigin) {
        return announced(new TenantChange(TenantChange.Scope.WHITELIST, merchantId),
                () -> database.addWhitelistEntry(merchantId, scheme, host, port, pathPrefix, wholeOrigin));
    }

    @Override
    public boolean removeWhitelistEntry(String merchantId, String entryId) {
        return announced(new TenantChange(TenantChange.Scope.WHITELIST, merchantId),
                () -> database.removeWhitelistEntry(merchantId, entryId));
    }

    private <T> T announced(TenantChange change, Supplier<T> write) {
        try {
            return write.get();
        } finally {
            changes.publish(change);
        }
    }
}
