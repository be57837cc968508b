package io.payerid.server.demo;

import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.core.tenant.WechatMiniApp;
import io.payerid.sandbox.wechat.SandboxWechatApp;
import io.payerid.sandbox.wechat.SandboxWechatApps;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Embedded mode's demo mini-program: a WECHAT_MINIAPP configuration at the demo institution (stable token
 * mode, generated secret), registered in the WeChat sandbox bound to the demo open platform account, so
 * that sandbox payments in it yield the same unionids as the demo official account's OAuth. Runs after
 * {@link DemoTenantSeeder}, which creates the institution; idempotent like it.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "payerid.embedded.demo", havingValue = "true")
public class DemoMiniAppSeeder implements ApplicationRunner {

    private final TenantDirectory directory;
    private final TenantAdmin admin;
    private final ObjectProvider<SandboxWechatApps> sandboxApps;

    public DemoMiniAppSeeder(TenantDirectory directory, TenantAdmin admin, ObjectProvider<SandboxWechatApps> sandboxApps) {
        this.directory = directory;
        this.admin = admin;
        this.sandboxApps = sandboxApps;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed();
    }

    /** Creates the configuration if missing, (re-)registers it in the sandbox and returns it. */
    public WechatMiniApp seed() {
        Institution institution = directory.institutionByInstNo(DemoTenant.INST_NO).orElseThrow(
                () -> new IllegalStateException("the demo institution is seeded first, by DemoTenantSeeder"));
        WechatMiniApp miniApp = WechatMiniApp.from(DemoChannels.ensure(admin, OwnerType.INSTITUTION, institution.id(),
                ChannelKind.WECHAT_MINIAPP, ChannelMode.SERVICE_PROVIDER,
                Map.of(WechatMiniApp.APP_ID, DemoTenant.MINIAPP_ID, WechatMiniApp.TOKEN_MODE, "stable"),
                () -> Map.of(WechatMiniApp.APP_SECRET, Secret.of(DemoChannels.randomHex(16)))));
        registerInSandbox(miniApp);
        return miniApp;
    }

    /** The sandbox plays the mini-program: it must know its secret; no OAuth domains (mini-programs have none). */
    private void registerInSandbox(WechatMiniApp miniApp) {
        SandboxWechatApps apps = sandboxApps.getIfAvailable();
        if (apps != null) {
            apps.register(new SandboxWechatApp(miniApp.appId(), miniApp.appSecret().reveal(), List.of(),
                    DemoTenant.OPEN_PLATFORM_ID));
        }
    }

}
