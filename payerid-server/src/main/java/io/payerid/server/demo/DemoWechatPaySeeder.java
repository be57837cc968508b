package io.payerid.server.demo;

import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.core.tenant.WechatPayMerchant;
import io.payerid.sandbox.wechatpay.SandboxPayMerchant;
import io.payerid.sandbox.wechatpay.SandboxPayMerchants;
import io.payerid.server.config.PayerIdProperties;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Embedded mode's WeChat Pay: the demo merchant gets a direct WeChat Pay configuration (the sandbox
 * mch_id, a generated API key, the demo official account's appid), registered in the sandbox, so payment
 * codes from the sandbox wallet can be identified through {@code /v1/paycode/identity}. Runs after
 * {@link DemoTenantSeeder}, which creates the merchant; idempotent across restarts.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "payerid.embedded.demo", havingValue = "true")
public class DemoWechatPaySeeder implements ApplicationRunner {

    /** The sandbox merchant number (WeChat Pay's documentation sample). */
    public static final String SANDBOX_MCH_ID = "1900000109";

    private final TenantDirectory directory;
    private final TenantAdmin admin;
    private final PayerIdProperties properties;
    private final ObjectProvider<SandboxPayMerchants> sandboxMerchants;

    public DemoWechatPaySeeder(TenantDirectory directory, TenantAdmin admin, PayerIdProperties properties,
                               ObjectProvider<SandboxPayMerchants> sandboxMerchants) {
        this.directory = directory;
        this.admin = admin;
        this.properties = properties;
        this.sandboxMerchants = sandboxMerchants;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed();
        if (sandboxMerchants.getIfAvailable() != null) {
            // Standard output like the demo summary above it; nothing secret in it.
            System.out.printf("  WeChat Pay sandbox wallet (payment codes for /v1/paycode/identity): %s/sandbox/wechatpay/wallet%n%n",
                    properties.publicBaseUrlWithoutSlash());
        }
    }

    /** Creates the configuration when missing, registers it in the sandbox, and returns it. */
    public WechatPayMerchant seed() {
        Merchant merchant = directory.merchantByMchNo(DemoTenant.MCH_NO)
                .orElseThrow(() -> new IllegalStateException("demo merchant missing: DemoTenantSeeder must run first"));
        WechatPayMerchant pay = WechatPayMerchant.from(DemoChannels.ensure(admin, OwnerType.MERCHANT, merchant.id(),
                ChannelKind.WECHAT_PAY, ChannelMode.DIRECT,
                Map.of(WechatPayMerchant.APP_ID, DemoTenant.WECHAT_APP_ID, WechatPayMerchant.MCH_ID, SANDBOX_MCH_ID),
                () -> Map.of(WechatPayMerchant.API_KEY, Secret.of(randomApiKey()))));
        registerInSandbox(pay);
        return pay;
    }

    /** The sandbox plays WeChat Pay: it must know the merchant's API key to check and sign its messages. */
    private void registerInSandbox(WechatPayMerchant pay) {
        SandboxPayMerchants merchants = sandboxMerchants.getIfAvailable();
        if (merchants != null) {
            merchants.register(new SandboxPayMerchant(pay.mchId(), pay.apiKey().reveal(), pay.appId(), List.of()));
        }
    }

    /** 32 characters, the length of a WeChat Pay API key (商户平台 API 密钥). */
    private static String randomApiKey() {
        byte[] raw = new byte[16];
        new SecureRandom().nextBytes(raw);
        return HexFormat.of().formatHex(raw);
    }
}
