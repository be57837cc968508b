package io.payerid.server.demo;

import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.core.tenant.UnionPayAcquirer;
import io.payerid.sandbox.unionpay.SandboxAcquirerMerchant;
import io.payerid.sandbox.unionpay.SandboxAcquirerMerchants;
import io.payerid.server.config.PayerIdProperties;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Embedded mode's UnionPay: the demo institution gets an acquirer account (a sandbox mch_id and a generated
 * MD5 key), which the sandbox acquirer learns too, with the gateway's host as its userAuth callback domain.
 * Runs after {@link DemoTenantSeeder}, which creates the institution. Idempotent: a restart reuses the key.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "payerid.embedded.demo", havingValue = "true")
public class DemoUnionPaySeeder implements ApplicationRunner {

    /** The sandbox acquirer merchant number the demo institution uses. */
    public static final String SANDBOX_MCH_ID = "SBXDEMO000001";

    private final TenantDirectory directory;
    private final TenantAdmin admin;
    private final PayerIdProperties properties;
    private final ObjectProvider<SandboxAcquirerMerchants> sandboxMerchants;

    public DemoUnionPaySeeder(TenantDirectory directory, TenantAdmin admin, PayerIdProperties properties,
                              ObjectProvider<SandboxAcquirerMerchants> sandboxMerchants) {
        this.directory = directory;
        this.admin = admin;
        this.properties = properties;
        this.sandboxMerchants = sandboxMerchants;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed();
    }

    /** Creates the demo institution's UNIONPAY channel when missing and returns it. */
    public UnionPayAcquirer seed() {
        Institution institution = directory.institutionByInstNo(DemoTenant.INST_NO)
                .orElseThrow(() -> new IllegalStateException("the demo institution must be seeded first"));
        UnionPayAcquirer acquirer = UnionPayAcquirer.from(DemoChannels.ensure(admin, OwnerType.INSTITUTION, institution.id(),
                ChannelKind.UNIONPAY, ChannelMode.SERVICE_PROVIDER, Map.of(UnionPayAcquirer.MCH_ID, SANDBOX_MCH_ID),
                () -> Map.of(UnionPayAcquirer.KEY, Secret.of(DemoChannels.randomHex(16)))));
        registerInSandbox(acquirer, URI.create(properties.publicBaseUrlWithoutSlash()).getHost());
        return acquirer;
    }

    /** The sandbox plays the acquirer: it must know the key, and our host as a whitelisted callback domain. */
    private void registerInSandbox(UnionPayAcquirer acquirer, String gatewayHost) {
        SandboxAcquirerMerchants merchants = sandboxMerchants.getIfAvailable();
        if (merchants != null) {
            merchants.register(new SandboxAcquirerMerchant(acquirer.mchId(), acquirer.key().reveal(), List.of(gatewayHost)));
        }
    }

}
