package io.payerid.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.console.account.ConsoleAccounts;
import io.payerid.console.account.ConsoleRole;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.core.tenant.WechatComponentAccount;
import io.payerid.server.config.PlatformKeys;
import io.payerid.server.console.ChannelTestButton.Shown;
import io.payerid.server.demo.DemoTenant;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.support.Browser.Hop;
import io.payerid.server.support.GatewayTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The channel forms' "test" button against the sandbox over real HTTP: every kind's demo credentials are accepted,
 * the same settings with a wrong secret are refused with the upstream's own code, a platform without a ticket says
 * so, and the audit log names the test and its outcome but no secret.
 */
class ChannelTestPagesTest extends GatewayTest {

    private static final String PASSWORD = "correct-horse-battery";
    private static final String WRONG_INST = "ISV_PROBE_WRONG";
    private static final String WRONG_MCH = "MCH_PROBE_WRONG";
    private static final String WRONG_SECRET = "wrong-secret-0123456789abcdef";
    private static final String WRONG_KEY = "0123456789abcdef0123456789abcdef";

    @Autowired
    DemoTenantSeeder seeder;
    @Autowired
    ConsoleAccounts accounts;
    @Autowired
    TenantAdmin admin;
    @Autowired
    TenantDirectory directory;

    private ConsoleClient operator;

    @BeforeEach
    void operatorAndWrongTenant() {
        seeder.seed();
        if (accounts.byUsername("probe-operator").isEmpty()) {
            accounts.create("probe-operator", PASSWORD, ConsoleRole.OPERATOR, null);
        }
        operator = new ConsoleClient(BASE).login("probe-operator", PASSWORD);
        if (directory.institutionByInstNo(WRONG_INST).isEmpty()) {
            wrongCredentialsTenant();
        }
    }

    /** The demo's settings with wrong secrets: the sandbox knows each appid, mch_id and app_id, not these keys. */
    private void wrongCredentialsTenant() {
        Institution demo = directory.institutionByInstNo(DemoTenant.INST_NO).orElseThrow();
        Institution wrong = admin.createInstitution(WRONG_INST, "错误凭证机构", null);
        for (ChannelKind kind : List.of(ChannelKind.WECHAT_OA, ChannelKind.WECHAT_MINIAPP, ChannelKind.UNIONPAY,
                ChannelKind.ALIPAY)) {
            ChannelConfig good = admin.channel(OwnerType.INSTITUTION, demo.id(), kind).orElseThrow();
            admin.putChannel(OwnerType.INSTITUTION, wrong.id(), kind, good.mode(), good.settings(), wrongSecrets(good));
        }
        // A platform WeChat never pushed a ticket for.
        admin.putChannel(OwnerType.INSTITUTION, wrong.id(), ChannelKind.WECHAT_COMPONENT, io.payerid.core.tenant.ChannelMode.DIRECT,
                Map.of(WechatComponentAccount.APP_ID, "wxprobenoticket01"),
                Map.of(WechatComponentAccount.APP_SECRET, Secret.of(WRONG_SECRET),
                        WechatComponentAccount.TOKEN, Secret.of("probe-token"),
                        WechatComponentAccount.ENCODING_AES_KEY, Secret.of("a".repeat(43))));
        Merchant demoMerchant = directory.merchantByMchNo(DemoTenant.MCH_NO).orElseThrow();
        Merchant merchant = admin.createMerchant(wrong.id(), WRONG_MCH, "错误凭证商户", true);
        ChannelConfig pay = admin.channel(OwnerType.MERCHANT, demoMerchant.id(), ChannelKind.WECHAT_PAY).orElseThrow();
        admin.putChannel(OwnerType.MERCHANT, merchant.id(), ChannelKind.WECHAT_PAY, pay.mode(), pay.settings(),
                wrongSecrets(pay));
    }

    private static Map<String, Secret> wrongSecrets(ChannelConfig good) {
        Map<String, Secret> secrets = new TreeMap<>(good.secrets());
        switch (good.kind()) {
            case WECHAT_OA, WECHAT_MINIAPP -> secrets.put("appSecret", Secret.of(WRONG_SECRET));
            case UNIONPAY -> secrets.put("key", Secret.of(WRONG_KEY));
            case WECHAT_PAY -> secrets.put("apiKey", Secret.of(WRONG_KEY));
            case ALIPAY -> secrets.put("privateKey", Secret.of(PlatformKeys.generatePrivateKeyBase64()));
            default -> throw new IllegalArgumentException(good.kind().name());
        }
        return secrets;
    }

    private Shown test(String ownerPath, ChannelKind kind) {
        return ChannelTestButton.press(operator, ownerPath, kind);
    }

    @Test
    void testWhenDemoCredentialsThenEveryKindConnects() {
        String inst = "/console/institutions/" + DemoTenant.INST_NO;
        for (ChannelKind kind : List.of(ChannelKind.WECHAT_OA, ChannelKind.WECHAT_MINIAPP, ChannelKind.ALIPAY,
                ChannelKind.UNIONPAY)) {
            Shown shown = test(inst, kind);
            assertThat(shown.outcome()).as(kind + ": " + shown).startsWith("连接正常");
            assertThat(shown.elapsed()).as(kind.name()).matches("耗时 \\d+ ms");
        }
        Shown pay = test("/console/merchants/" + DemoTenant.MCH_NO, ChannelKind.WECHAT_PAY);
        assertThat(pay.outcome()).as(pay.toString()).startsWith("连接正常");
        assertThat(pay.detail()).contains("AUTH_CODE");
    }

    @Test
    void testWhenComponentTicketPushedThenConnectsAndWithoutOneSaysNoTicket() throws InterruptedException {
        String inst = "/console/institutions/" + DemoTenant.INST_NO;
        // The sandbox's ticket timer pushes the demo platform's first ticket seconds after start.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        Shown component = test(inst, ChannelKind.WECHAT_COMPONENT);
        while (component.outcome().startsWith("尚未收到") && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            component = test(inst, ChannelKind.WECHAT_COMPONENT);
        }
        assertThat(component.outcome()).as(component.toString()).startsWith("连接正常");

        Shown noTicket = test("/console/institutions/" + WRONG_INST, ChannelKind.WECHAT_COMPONENT);
        assertThat(noTicket.outcome()).startsWith("尚未收到微信推送的 component_verify_ticket");
        assertThat(noTicket.detail()).doesNotContain(WRONG_SECRET);
    }

    @Test
    void testWhenWrongSecretThenCredentialsRefusedWithTheUpstreamsCodeAndNoSecretShownOrAudited() {
        String inst = "/console/institutions/" + WRONG_INST;
        Map<ChannelKind, String> upstreamCode = Map.of(ChannelKind.WECHAT_OA, "40125",
                ChannelKind.WECHAT_MINIAPP, "40125", ChannelKind.ALIPAY, "isv.invalid-signature",
                ChannelKind.UNIONPAY, "签名错误");
        upstreamCode.forEach((kind, code) -> {
            Shown shown = test(inst, kind);
            assertThat(shown.outcome()).as(kind + ": " + shown).startsWith("上游拒绝了凭证");
            assertThat(shown.detail()).as(kind.name()).contains(code).doesNotContain(WRONG_SECRET).doesNotContain(WRONG_KEY);
        });
        Shown pay = test("/console/merchants/" + WRONG_MCH, ChannelKind.WECHAT_PAY);
        assertThat(pay.outcome()).as(pay.toString()).startsWith("上游拒绝了凭证");
        assertThat(pay.detail()).contains("签名错误").doesNotContain(WRONG_KEY);

        String audit = operator.get("/console/audit?q=channel.test").body();
        assertThat(audit).contains(WRONG_INST + "/WECHAT_OA").contains(WRONG_MCH + "/WECHAT_PAY")
                .contains("outcome=CREDENTIALS_REFUSED").doesNotContain(WRONG_SECRET).doesNotContain(WRONG_KEY);
        Institution demo = directory.institutionByInstNo(DemoTenant.INST_NO).orElseThrow();
        for (Secret secret : admin.channel(OwnerType.INSTITUTION, demo.id(), ChannelKind.WECHAT_OA).orElseThrow()
                .secrets().values()) {
            assertThat(audit).doesNotContain(secret.reveal());
        }
    }

    @Test
    void testWhenEnglishThenOutcomeAndElapsedInEnglish() {
        operator.get("/console/language?lang=en");
        operator.get("/console/institutions/" + WRONG_INST);
        Hop answer = operator.post("/console/institutions/" + WRONG_INST + "/channels/WECHAT_OA/test", Map.of());
        assertThat(answer.body()).contains("The upstream refused the credentials").containsPattern(">\\d+ ms<");
    }

    @Test
    void testWhenNoCsrfOrNothingSavedOrUnknownKindThenRefusedAndNothingAudited() {
        String inst = "/console/institutions/" + DemoTenant.INST_NO;
        operator.get(inst);
        assertThat(operator.postWithoutCsrf(inst + "/channels/WECHAT_OA/test", Map.of()).status()).isEqualTo(403);
        assertThat(operator.post("/console/merchants/" + DemoTenant.MCH_NO + "/channels/WECHAT_OA/test", Map.of())
                .status()).as("the demo merchant has no WeChat account of its own").isEqualTo(404);
        assertThat(operator.post(inst + "/channels/NOPE/test", Map.of()).status()).isEqualTo(400);
        assertThat(operator.post("/console/institutions/ISV_DOES_NOT_EXIST/channels/WECHAT_OA/test", Map.of()).status())
                .isEqualTo(404);
        assertThat(operator.get("/console/audit?q=" + DemoTenant.MCH_NO + "/WECHAT_OA").body())
                .doesNotContain("channel.test");
    }

    @Test
    void institutionPageWhenChannelSavedThenTestButtonOnlyOnSavedKinds() {
        String page = operator.get("/console/institutions/" + DemoTenant.INST_NO).body();
        assertThat(page).contains("id=\"channel-test-WECHAT_OA\"").contains("id=\"channel-test-form-WECHAT_OA\"");
        String merchant = operator.get("/console/merchants/" + DemoTenant.MCH_NO).body();
        assertThat(merchant).contains("id=\"channel-test-WECHAT_PAY\"").doesNotContain("id=\"channel-test-WECHAT_OA\"");
    }
}
