package io.payerid.core.tenant;

import java.util.List;
import java.util.Optional;

/**
 * Read side of the tenant model, as the flows need it. The server implements it over the database
 * (with secrets decrypted on the way out).
 */
public interface TenantDirectory {

    Optional<Institution> institutionById(String id);

    Optional<Institution> institutionByInstNo(String instNo);

    Optional<Merchant> merchantById(String id);

    Optional<Merchant> merchantByMchNo(String mchNo);

    Optional<MerchantApp> appByAppId(String appId);

    /** The merchant's own configuration of that kind, else its institution's. */
    Optional<ChannelConfig> effectiveChannel(Merchant merchant, ChannelKind kind);

    List<WhitelistEntry> whitelist(String merchantId);
}
