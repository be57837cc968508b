package io.payerid.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.console.account.ConsoleAccounts;
import io.payerid.console.account.ConsoleRole;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.server.demo.DemoTenant;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.support.Browser.Hop;
import io.payerid.server.support.GatewayTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A merchant's own channel, saved from its console page, wins over the institution's of the same kind for that
 * merchant's flows; removing it falls back to the institution's. Platform operators only; the same checks as the
 * institution's forms; secrets never shown or audited.
 */
class MerchantChannelPagesTest extends GatewayTest {

    private static final String PASSWORD = "correct-horse-battery";
    private static final String MCH = "MCH_OWN_CHANNEL";
    private static final String SECRET = "own-official-account-secret-0123456789";

    @Autowired
    DemoTenantSeeder seeder;
    @Autowired
    ConsoleAccounts accounts;
    @Autowired
    TenantAdmin admin;
    @Autowired
    TenantDirectory directory;

    private Merchant merchant;
    private ConsoleClient operator;
    private ConsoleClient merchantUser;

    @BeforeEach
    void merchantAndAccounts() {
        seeder.seed();
        Merchant demo = directory.merchantByMchNo(DemoTenant.MCH_NO).orElseThrow();
        if (directory.merchantByMchNo(MCH).isEmpty()) {
            admin.createMerchant(demo.institutionId(), MCH, "自有渠道商户", true);
        }
        merchant = directory.merchantByMchNo(MCH).orElseThrow();
        admin.removeChannel(OwnerType.MERCHANT, merchant.id(), ChannelKind.WECHAT_OA);
        operator = client("ownch-operator", ConsoleRole.OPERATOR, null);
        merchantUser = client("ownch-merchant", ConsoleRole.MERCHANT_USER, merchant.id());
    }

    private ConsoleClient client(String username, ConsoleRole role, String merchantId) {
        if (accounts.byUsername(username).isEmpty()) {
            accounts.create(username, PASSWORD, role, merchantId);
        }
        return new ConsoleClient(BASE).login(username, PASSWORD);
    }

    private ChannelConfig effectiveWechat() {
        return directory.effectiveChannel(merchant, ChannelKind.WECHAT_OA).orElseThrow();
    }

    @Test
    void saveWhenOperatorThenMerchantsOwnChannelWinsAndRemovingFallsBack() {
        assertThat(effectiveWechat().ownerType()).as("inherited at first").isEqualTo(OwnerType.INSTITUTION);

        Hop saved = operator.post("/console/merchants/" + MCH + "/channels/WECHAT_OA", Map.of("mode", "DIRECT",
                "setting.appId", "wx_own_channel_0001", "secret.appSecret", SECRET));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);

        ChannelConfig own = effectiveWechat();
        assertThat(own.ownerType()).isEqualTo(OwnerType.MERCHANT);
        assertThat(own.settings()).containsEntry("appId", "wx_own_channel_0001");
        String page = operator.get("/console/merchants/" + MCH).body();
        assertThat(page).contains("own-channel-WECHAT_OA").contains("wx_own_channel_0001").doesNotContain(SECRET)
                .doesNotContain("inherited-channel-WECHAT_OA");
        assertThat(operator.get("/console/audit?q=merchant-channel.put").body()).contains(MCH + "/WECHAT_OA")
                .doesNotContain(SECRET);

        assertThat(operator.post("/console/merchants/" + MCH + "/channels/WECHAT_OA/delete", Map.of()).status())
                .isEqualTo(302);
        assertThat(effectiveWechat().ownerType()).isEqualTo(OwnerType.INSTITUTION);
        assertThat(operator.get("/console/merchants/" + MCH).body()).contains("inherited-channel-WECHAT_OA");
        assertThat(operator.post("/console/merchants/" + MCH + "/channels/WECHAT_OA/delete", Map.of()).status())
                .as("nothing left to remove").isEqualTo(404);
    }

    @Test
    void saveWhenUnusableThenRefusedWithTheReasonAndNothingSaved() {
        Hop refused = operator.post("/console/merchants/" + MCH + "/channels/WECHAT_OA",
                Map.of("mode", "DIRECT", "setting.appId", "wx_without_secret"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("渠道配置无法使用").contains("appSecret");
        assertThat(admin.channel(OwnerType.MERCHANT, merchant.id(), ChannelKind.WECHAT_OA)).isEmpty();
        assertThat(operator.post("/console/merchants/" + MCH + "/channels/ALIPAY_MINIAPP", Map.of("mode", "DIRECT"))
                .status()).as("a kind without a console form").isEqualTo(400);
    }

    @Test
    void merchantUserWhenOwnMerchantThenSeesItsChannelsButCannotChangeThem() {
        String page = merchantUser.get("/console/merchants/" + MCH).body();
        assertThat(page).contains("inherited-channel-WECHAT_OA").doesNotContain("channel-form-WECHAT_OA");
        assertThat(operator.get("/console/merchants/" + MCH).body()).contains("channel-form-WECHAT_OA")
                .as("a third-party platform is the institution's").doesNotContain("channel-form-WECHAT_COMPONENT");

        assertThat(merchantUser.post("/console/merchants/" + MCH + "/channels/WECHAT_OA", Map.of("mode", "DIRECT",
                "setting.appId", "wx_merchant_user", "secret.appSecret", SECRET)).status()).isEqualTo(403);
        assertThat(admin.channel(OwnerType.MERCHANT, merchant.id(), ChannelKind.WECHAT_OA)).isEmpty();
    }
}
