package io.payerid.server.persistence;

import static io.payerid.server.persistence.TenantWriteRules.notFound;

import io.payerid.core.crypto.SecretCipher;
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
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.core.tenant.WhitelistEntry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tenant model over JDBC ({@code db/migration/V1__tenants.sql}), portable across H2, PostgreSQL and MariaDB:
 * one repository per table, and here only what spans them (an owner must exist before its records). Secrets are
 * written only through {@link SecretCipher} and decrypted on the way out. The application reads it through the
 * tenant cache ({@code io.payerid.core.tenant.cache}), never directly.
 */
public class JdbcTenantDirectory implements TenantDirectory, TenantAdmin {

    private final InstitutionRepository institutions;
    private final MerchantRepository merchants;
    private final MerchantAppRepository apps;
    private final ChannelConfigRepository channels;
    private final WhitelistRepository whitelist;

    public JdbcTenantDirectory(JdbcClient jdbc, SecretCipher cipher, JsonMapper json) {
        StoredSignKeys signKeys = new StoredSignKeys(cipher);
        this.institutions = new InstitutionRepository(jdbc, signKeys);
        this.merchants = new MerchantRepository(jdbc);
        this.apps = new MerchantAppRepository(jdbc, signKeys);
        this.channels = new ChannelConfigRepository(jdbc, cipher, json);
        this.whitelist = new WhitelistRepository(jdbc);
    }

    // ---------------------------------------------------------------- TenantDirectory (read side)

    @Override
    public Optional<Institution> institutionById(String id) {
        return institutions.byId(id);
    }

    @Override
    public Optional<Institution> institutionByInstNo(String instNo) {
        return institutions.byInstNo(instNo);
    }

    @Override
    public Optional<Merchant> merchantById(String id) {
        return merchants.byId(id);
    }

    @Override
    public Optional<Merchant> merchantByMchNo(String mchNo) {
        return merchants.byMchNo(mchNo);
    }

    @Override
    public Optional<MerchantApp> appByAppId(String appId) {
        return apps.byAppId(appId);
    }

    @Override
    public Optional<ChannelConfig> effectiveChannel(Merchant merchant, ChannelKind kind) {
        Optional<ChannelConfig> own = channels.find(OwnerType.MERCHANT, merchant.id(), kind);
        return own.isPresent() ? own : channels.find(OwnerType.INSTITUTION, merchant.institutionId(), kind);
    }

    @Override
    public List<WhitelistEntry> whitelist(String merchantId) {
        return whitelist.of(merchantId);
    }

    // ---------------------------------------------------------------- TenantAdmin (write side)

    @Override
    public Institution createInstitution(String instNo, String name, Secret signKey) {
        return institutions.create(instNo, name, signKey);
    }

    @Override
    public Institution updateInstitution(String institutionId, String name, Secret signKey) {
        return institutions.update(institutionId, name, signKey);
    }

    @Override
    public List<Institution> institutions() {
        return institutions.all();
    }

    @Override
    public Merchant createMerchant(String institutionId, String mchNo, String name, boolean enabled) {
        return merchants.create(institutionId, mchNo, name, enabled, () -> requireOwner(OwnerType.INSTITUTION, institutionId));
    }

    @Override
    public Merchant updateMerchant(String merchantId, String name, Boolean enabled) {
        return merchants.update(merchantId, name, enabled);
    }

    @Override
    public List<Merchant> merchantsOf(String institutionId) {
        return merchants.of(institutionId);
    }

    @Override
    public MerchantApp createApp(String merchantId, String appId, Secret signKey, String rsaPublicKey,
                                 Set<SignType> signTypes) {
        return apps.create(merchantId, appId, signKey, rsaPublicKey, signTypes,
                () -> requireOwner(OwnerType.MERCHANT, merchantId));
    }

    @Override
    public MerchantApp updateApp(String id, Secret signKey, String rsaPublicKey, Set<SignType> signTypes) {
        return apps.update(id, signKey, rsaPublicKey, signTypes);
    }

    @Override
    public MerchantApp rotateSignKey(String id, Secret newKey, long previousKeyExpiresAt) {
        return apps.rotateSignKey(id, newKey, previousKeyExpiresAt);
    }

    @Override
    public MerchantApp setResultDelivery(String id, ResultDelivery delivery) {
        return apps.setResultDelivery(id, delivery);
    }

    @Override
    public MerchantApp setAppEnabled(String id, boolean enabled) {
        return apps.setEnabled(id, enabled);
    }

    @Override
    public List<MerchantApp> appsOf(String merchantId) {
        return apps.of(merchantId);
    }

    @Override
    public ChannelConfig putChannel(OwnerType ownerType, String ownerId, ChannelKind kind, ChannelMode mode,
                                    Map<String, String> settings, Map<String, Secret> secrets) {
        return channels.put(ownerType, ownerId, kind, mode, settings, secrets, () -> requireOwner(ownerType, ownerId));
    }

    @Override
    public Optional<ChannelConfig> channel(OwnerType ownerType, String ownerId, ChannelKind kind) {
        return channels.find(ownerType, ownerId, kind);
    }

    @Override
    public List<ChannelConfig> channelsOf(OwnerType ownerType, String ownerId) {
        return channels.of(ownerType, ownerId);
    }

    @Override
    public boolean removeChannel(OwnerType ownerType, String ownerId, ChannelKind kind) {
        return channels.remove(ownerType, ownerId, kind);
    }

    @Override
    public WhitelistEntry addWhitelistEntry(String merchantId, String scheme, String host, int port,
                                            String pathPrefix, boolean wholeOrigin) {
        return whitelist.add(merchantId, scheme, host, port, pathPrefix, wholeOrigin,
                () -> requireOwner(OwnerType.MERCHANT, merchantId));
    }

    @Override
    public boolean removeWhitelistEntry(String merchantId, String entryId) {
        return whitelist.remove(merchantId, entryId);
    }

    private void requireOwner(OwnerType ownerType, String ownerId) {
        boolean exists = switch (ownerType) {
            case INSTITUTION -> institutions.byId(ownerId).isPresent();
            case MERCHANT -> merchants.byId(ownerId).isPresent();
        };
        if (!exists) {
            throw notFound(ownerType.name().toLowerCase(Locale.ROOT) + " " + ownerId);
        }
    }
}
