package io.payerid.sandbox.unionpay;

import java.util.List;

import io.payerid.sandbox.support.RuntimeRegistry;

/**
 * The sandbox acquirer's merchants: configured ones plus those registered at runtime through
 * {@code POST {base-path}/merchants}, by mch_id.
 */
public class SandboxAcquirerMerchants extends RuntimeRegistry<SandboxAcquirerMerchant> {

    public SandboxAcquirerMerchants(List<SandboxAcquirerMerchant> configured) {
        super(configured, SandboxAcquirerMerchant::mchId);
    }

    /**
     * The userAuth URL names no merchant, only a redirectUrl: UnionPay accepts it when the domain is
     * whitelisted for some merchant, which is what the sandbox checks.
     */
    public boolean anyAllowsRedirectHost(String host) {
        return entries().stream().anyMatch(merchant -> merchant.allowsRedirectHost(host));
    }
}
