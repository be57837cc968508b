package io.payerid.sandbox.wechatpay;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Registry of sandbox WeChat Pay merchants: the configured ones plus any registered at runtime through
 * {@code POST {base-path}/merchants}. In memory only; this is a single-node dev tool.
 */
public class SandboxPayMerchants {

    private final Map<String, SandboxPayMerchant> byMchId = new ConcurrentHashMap<>();

    public SandboxPayMerchants(List<SandboxPayMerchant> configured) {
        configured.forEach(this::register);
    }

    public Optional<SandboxPayMerchant> find(String mchId) {
        return mchId == null ? Optional.empty() : Optional.ofNullable(byMchId.get(mchId));
    }

    /** Adds or replaces the merchant with the same mch_id (idempotent upsert). */
    public void register(SandboxPayMerchant merchant) {
        byMchId.put(merchant.mchId(), merchant);
    }
}
