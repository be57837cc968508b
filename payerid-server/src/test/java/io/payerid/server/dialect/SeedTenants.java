package io.payerid.server.dialect;

import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.server.demo.DemoTenant;
import java.net.URI;
import java.util.List;

/**
 * Creates the institutions and merchants named in the seeds' examples, sharing the demo institution's
 * sandbox channels (the sandbox knows those accounts and our host as their OAuth domain).
 */
public final class SeedTenants {

    private final TenantDirectory directory;
    private final TenantAdmin admin;

    public SeedTenants(TenantDirectory directory, TenantAdmin admin) {
        this.directory = directory;
        this.admin = admin;
    }

    public Institution institution(String instNo, String key) {
        return directory.institutionByInstNo(instNo).orElseGet(() -> {
            Institution created = admin.createInstitution(instNo, "seed " + instNo, Secret.of(key));
            Institution demo = directory.institutionByInstNo(DemoTenant.INST_NO).orElseThrow();
            for (ChannelConfig c : admin.channelsOf(OwnerType.INSTITUTION, demo.id())) {
                admin.putChannel(OwnerType.INSTITUTION, created.id(), c.kind(), c.mode(), c.settings(), c.secrets());
            }
            return created;
        });
    }

    public Merchant merchant(Institution institution, String mchNo, List<String> whitelist) {
        Merchant merchant = directory.merchantByMchNo(mchNo)
                .orElseGet(() -> admin.createMerchant(institution.id(), mchNo, "seed " + mchNo, true));
        if (directory.whitelist(merchant.id()).isEmpty()) {
            for (String url : whitelist) {
                URI u = URI.create(url);
                admin.addWhitelistEntry(merchant.id(), u.getScheme(), u.getHost(), u.getPort(),
                        u.getPath() == null ? "" : u.getPath());
            }
        }
        return merchant;
    }

    boolean hasChannel(ChannelKind kind) {
        Institution demo = directory.institutionByInstNo(DemoTenant.INST_NO).orElseThrow();
        return admin.channel(OwnerType.INSTITUTION, demo.id(), kind).isPresent();
    }
}
