package io.payerid.sandbox.wechatpay;

import java.util.List;

import io.payerid.sandbox.support.RuntimeRegistry;

/**
 * Registry of sandbox WeChat Pay merchants: the configured ones plus any registered at runtime through
 * {@code POST {base-path}/merchants}, by mch_id.
 */
public class SandboxPayMerchants extends RuntimeRegistry<SandboxPayMerchant> {

    public SandboxPayMerchants(List<SandboxPayMerchant> configured) {
        super(configured, SandboxPayMerchant::mchId);
    }
}
