package io.payerid.server.demo;

import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.core.tenant.WechatComponentAccount;
import io.payerid.sandbox.wechat.SandboxComponent;
import io.payerid.sandbox.wechat.SandboxComponents;
import io.payerid.server.config.PayerIdProperties;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Embedded mode's demo third-party platform: a WECHAT_COMPONENT configuration at the demo institution (generated
 * appsecret, token and EncodingAESKey), registered in the WeChat sandbox with the demo institution's push URL, so the
 * sandbox's ticket timer feeds it and the onboarding link of README "WeChat third-party platform" works at once.
 * Runs after {@link DemoTenantSeeder}; idempotent like it.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "payerid.embedded.demo", havingValue = "true")
public class DemoComponentSeeder implements ApplicationRunner {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TenantDirectory directory;
    private final TenantAdmin admin;
    private final ObjectProvider<SandboxComponents> sandboxComponents;
    private final PayerIdProperties properties;

    public DemoComponentSeeder(TenantDirectory directory, TenantAdmin admin,
                               ObjectProvider<SandboxComponents> sandboxComponents, PayerIdProperties properties) {
        this.directory = directory;
        this.admin = admin;
        this.sandboxComponents = sandboxComponents;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed();
    }

    public WechatComponentAccount seed() {
        Institution institution = directory.institutionByInstNo(DemoTenant.INST_NO).orElseThrow(
                () -> new IllegalStateException("the demo institution is seeded first, by DemoTenantSeeder"));
        WechatComponentAccount account = WechatComponentAccount.from(DemoChannels.ensure(admin, OwnerType.INSTITUTION,
                institution.id(), ChannelKind.WECHAT_COMPONENT, ChannelMode.DIRECT,
                Map.of(WechatComponentAccount.APP_ID, DemoTenant.COMPONENT_APP_ID),
                () -> Map.of(WechatComponentAccount.APP_SECRET, Secret.of(DemoChannels.randomHex(16)),
                        WechatComponentAccount.TOKEN, Secret.of(DemoChannels.randomHex(12)),
                        WechatComponentAccount.ENCODING_AES_KEY, Secret.of(encodingAesKey()))));
        SandboxComponents components = sandboxComponents.getIfAvailable();
        if (components != null) {
            components.register(new SandboxComponent(account.componentAppId(), account.appSecret().reveal(),
                    account.token().reveal(), account.encodingAesKey().reveal(),
                    properties.publicBaseUrlWithoutSlash() + "/v1/wechat/component/" + DemoTenant.INST_NO + "/events"));
        }
        return account;
    }

    /** WeChat's EncodingAESKey shape: 32 random bytes as 43 base64 characters. */
    private static String encodingAesKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().withoutPadding().encodeToString(key);
    }
}
