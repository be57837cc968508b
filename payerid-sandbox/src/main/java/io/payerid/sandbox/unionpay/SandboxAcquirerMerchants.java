package io.payerid.sandbox.unionpay;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sandbox acquirer's merchants: configured ones plus those registered at runtime through
 * {@code POST {base-path}/merchants}. In memory only; this is a single-node dev tool.
 */
public class SandboxAcquirerMerchants {

    private final Map<String, SandboxAcquirerMerchant> byMchId = new ConcurrentHashMap<>();

    public SandboxAcquirerMerchants(List<SandboxAcquirerMerchant> configured) {
        configured.forEach(this::register);
    }

    public Optional<SandboxAcquirerMerchant> find(String mchId) {
        return mchId == null ? Optional.empty() : Optional.ofNullable(byMchId.get(mchId));
    }

    /** Adds or replaces the merchant with the same mch_id (idempotent upsert). */
    public void register(SandboxAcquirerMerchant merchant) {
        byMchId.put(merchant.mchId(), merchant);
    }

    /**
     * The userAuth URL names no merchant, only a redirectUrl: UnionPay accepts it when the domain is
     * whitelisted for some merchant, which is what the sandbox checks.
     */
    public boolean anyAllowsRedirectHost(String host) {
        return byMchId.values().stream().anyMatch(merchant -> merchant.allowsRedirectHost(host));
    }
}
