package io.payerid.server.demo;

import io.payerid.core.tenant.AlipayApp;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.sandbox.alipay.IdentityMode;
import io.payerid.sandbox.alipay.SandboxAlipayApp;
import io.payerid.sandbox.alipay.SandboxAlipayApps;
import io.payerid.server.config.PayerIdProperties;
import io.payerid.server.config.PlatformKeys;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Embedded mode's Alipay demo: the demo institution's Alipay app ({@value DemoTenant#ALIPAY_APP_ID}),
 * played by the built-in sandbox. The app's RSA private key is generated once and kept in the channel
 * configuration (encrypted like every secret), so restarts reuse it; the sandbox's Alipay key is
 * generated per start, so its public half is written into the configuration again whenever it changed.
 * Without the sandbox there is no Alipay to point at, and nothing is seeded.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "payerid.embedded.demo", havingValue = "true")
public class DemoAlipaySeeder implements ApplicationRunner {

    private final TenantDirectory directory;
    private final TenantAdmin admin;
    private final PayerIdProperties properties;
    private final ObjectProvider<SandboxAlipayApps> sandboxApps;

    public DemoAlipaySeeder(TenantDirectory directory, TenantAdmin admin, PayerIdProperties properties,
                            ObjectProvider<SandboxAlipayApps> sandboxApps) {
        this.directory = directory;
        this.admin = admin;
        this.properties = properties;
        this.sandboxApps = sandboxApps;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed();
        seedMiniProgram();
    }

    /** Creates or refreshes the demo institution's Alipay channel; empty when there is no sandbox. */
    public Optional<AlipayApp> seed() {
        return seed(ChannelKind.ALIPAY, DemoTenant.ALIPAY_APP_ID);
    }

    /** The demo Alipay mini-program ({@code ALIPAY_MINIAPP}), whose codes come from the sandbox's my.getAuthCode. */
    public Optional<AlipayApp> seedMiniProgram() {
        return seed(ChannelKind.ALIPAY_MINIAPP, DemoTenant.ALIPAY_MINIAPP_ID);
    }

    private Optional<AlipayApp> seed(ChannelKind kind, String appId) {
        SandboxAlipayApps sandbox = sandboxApps.getIfAvailable();
        Optional<Institution> institution = directory.institutionByInstNo(DemoTenant.INST_NO);
        if (sandbox == null || institution.isEmpty()) {
            return Optional.empty();
        }
        Optional<ChannelConfig> existing = admin.channel(OwnerType.INSTITUTION, institution.get().id(), kind);
        String privateKey = existing.flatMap(config -> config.secret(AlipayApp.PRIVATE_KEY)).map(Secret::reveal)
                .orElseGet(PlatformKeys::generatePrivateKeyBase64);
        AlipayApp app = existing.filter(config -> upToDate(config, appId, sandbox)).map(AlipayApp::from)
                .orElseGet(() -> AlipayApp.from(admin.putChannel(OwnerType.INSTITUTION, institution.get().id(),
                        kind, ChannelMode.DIRECT,
                        Map.of(AlipayApp.APP_ID, appId, AlipayApp.ALIPAY_PUBLIC_KEY, sandbox.alipayPublicKey()),
                        Map.of(AlipayApp.PRIVATE_KEY, Secret.of(privateKey)))));
        registerInSandbox(sandbox, app);
        return Optional.of(app);
    }

    private static boolean upToDate(ChannelConfig config, String appId, SandboxAlipayApps sandbox) {
        return config.setting(AlipayApp.APP_ID).filter(appId::equals).isPresent()
                && config.setting(AlipayApp.ALIPAY_PUBLIC_KEY).filter(sandbox.alipayPublicKey()::equals).isPresent()
                && config.secret(AlipayApp.PRIVATE_KEY).isPresent();
    }

    /** The sandbox plays Alipay: it must know the app's public key and our host as its callback domain. */
    private void registerInSandbox(SandboxAlipayApps sandbox, AlipayApp app) {
        String appPublicKey = PlatformKeys.fromPrivateKey(app.privateKey().reveal()).publicKeyBase64();
        String gatewayHost = URI.create(properties.publicBaseUrlWithoutSlash()).getHost();
        sandbox.register(new SandboxAlipayApp(app.appId(), appPublicKey, List.of(gatewayHost), IdentityMode.OPEN_ID,
                null, null, null, null, DemoTenant.ALIPAY_APP_NAME));
    }
}
