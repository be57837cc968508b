package io.payerid.server.support;

import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantAdmin;
import java.util.Set;
import java.util.UUID;

/** Fresh merchants for tests that need their own channel configurations next to the demo tenant's. */
public final class TestMerchants {

    /** A merchant, its MD5 app and key. */
    public record TestMerchant(Merchant merchant, MerchantApp app, String key) {

        public SignedJsonClient client(String baseUrl) {
            return new SignedJsonClient(baseUrl, app.appId(), merchant.mchNo(), key);
        }
    }

    private TestMerchants() {
    }

    public static TestMerchant under(TenantAdmin admin, String institutionId) {
        String suffix = uniqueSuffix();
        Merchant merchant = admin.createMerchant(institutionId, "MCH_T" + suffix, "测试商户 " + suffix, true);
        String key = "key" + uniqueSuffix() + uniqueSuffix();
        MerchantApp app = admin.createApp(merchant.id(), "app_t" + suffix.toLowerCase(), Secret.of(key), null,
                Set.of(SignType.MD5));
        return new TestMerchant(merchant, app, key);
    }

    /** A merchant under a new institution of its own (no institution-level channels). */
    public static TestMerchant alone(TenantAdmin admin) {
        Institution institution = admin.createInstitution("ISV_T" + uniqueSuffix(), "测试机构", null);
        return under(admin, institution.id());
    }

    public static String uniqueSuffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }
}
