package io.payerid.sandbox.wechatpay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.payerid.sandbox.support.PropertyChecks;
import io.payerid.sandbox.support.SimulatorProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the WeChat Pay sandbox, bound from {@code payerid.sandbox.wechatpay.*}; the sandbox as a
 * whole is switched on by {@code payerid.sandbox.enabled=true}.
 *
 * <pre>
 * payerid.sandbox.wechatpay.base-path=/sandbox/wechatpay
 * payerid.sandbox.wechatpay.code-ttl=60s
 * payerid.sandbox.wechatpay.merchants[0].mch-id=1900000109
 * payerid.sandbox.wechatpay.merchants[0].api-key=...
 * payerid.sandbox.wechatpay.merchants[0].appid=wxsandbox0000001
 * payerid.sandbox.wechatpay.merchants[1].sub-merchants[0].sub-mch-id=1900000201   (a service provider)
 * payerid.sandbox.wechatpay.merchants[1].sub-merchants[0].sub-appids[0]=wxsub000000001
 * </pre>
 */
@ConfigurationProperties(prefix = "payerid.sandbox.wechatpay")
public class SandboxWechatPayProperties extends SimulatorProperties {

    /** Merchants known at startup; more can be registered over HTTP. */
    private List<SandboxPayMerchant> merchants = new ArrayList<>();

    /**
     * Mounted at /sandbox/wechatpay, in place of https://api.mch.weixin.qq.com; a payment code lives 1 minute,
     * as WeChat's.
     */
    public SandboxWechatPayProperties() {
        super("payerid.sandbox.wechatpay", "/sandbox/wechatpay", Duration.ofSeconds(60));
    }

    public List<SandboxPayMerchant> getMerchants() {
        return merchants;
    }

    public void setMerchants(List<SandboxPayMerchant> merchants) {
        this.merchants = PropertyChecks.orEmpty(merchants);
    }
}
