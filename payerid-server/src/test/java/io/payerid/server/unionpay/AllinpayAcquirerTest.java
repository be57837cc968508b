package io.payerid.server.unionpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.AllinpayAccount;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.UnionPayAcquirer;
import io.payerid.core.tenant.UnionPayAcquirerForm;
import io.payerid.core.unionpay.AppUpIdentifier;
import io.payerid.core.unionpay.UnionPayUserIdExchange;
import io.payerid.sandbox.unionpay.SandboxAcquirerMerchant;
import io.payerid.sandbox.unionpay.SandboxAcquirerMerchants;
import io.payerid.sandbox.unionpay.UnionPayUserIdDerivation;
import io.payerid.server.support.Browser;
import io.payerid.server.support.Browser.Hop;
import io.payerid.server.support.MerchantClient;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.TestMerchants;
import io.payerid.server.support.TestMerchants.TestMerchant;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The second acquirer form, 通联收银宝's authcodetouserid, chosen by a UNIONPAY channel's
 * {@code acquirer=allinpay}: through the browser flow and directly, against the sandbox's 通联 endpoint, with
 * codes the sandbox's userAuth page really issued.
 */
class AllinpayAcquirerTest extends GatewayTest {

    private static final String RETURN = BASE + "/demo/return";
    private static final String CLOUD_PAY_UA = "Mozilla/5.0 (iPhone) (UnionPay/1.0 CloudPay) (clientVersion 324)";

    @Autowired
    TenantAdmin admin;
    @Autowired
    SandboxAcquirerMerchants sandboxMerchants;
    @Autowired
    UnionPayUserIdDerivation sandboxUserIds;
    @Autowired
    UnionPayUserIdExchange exchange;

    private TestMerchant merchant;
    private Map<String, String> settings;
    private String cusid;
    private String key;

    @BeforeEach
    void allinpayMerchant() {
        merchant = TestMerchants.alone(admin);
        admin.addWhitelistEntry(merchant.merchant().id(), "http", "localhost", PORT, "/demo/");
        cusid = "99058" + TestMerchants.uniqueSuffix().replaceAll("[^0-9]", "7");
        key = "key" + TestMerchants.uniqueSuffix();
        sandboxMerchants.register(new SandboxAcquirerMerchant(cusid, key, List.of("localhost")));
        settings = new HashMap<>(Map.of(UnionPayAcquirer.MCH_ID, cusid, UnionPayAcquirerForm.SETTING, "allinpay",
                AllinpayAccount.APP_ID, "00000051",
                AllinpayAccount.GATEWAY_URL, BASE + "/sandbox/unionpay/allinpay/apiweb/unitorder/authcodetouserid"));
        admin.putChannel(OwnerType.MERCHANT, merchant.merchant().id(), ChannelKind.UNIONPAY, ChannelMode.DIRECT, settings,
                Map.of(UnionPayAcquirer.KEY, Secret.of(key)));
    }

    @Test
    void authorizeWhenChannelUsesAllinpayThenTheRedirectCarriesItsUserId() {
        MerchantClient client = new MerchantClient(BASE, merchant.app().appId(), merchant.merchant().mchNo(), merchant.key());
        Map<String, String> params = client.params(RETURN, "base", "allinpay-1");
        params.put("channel", "UNIONPAY");
        Browser browser = new Browser(CLOUD_PAY_UA);

        Hop picker = browser.follow(client.url(client.signMd5(params)), l -> l.startsWith(RETURN));
        Hop chosen = browser.submitForm(picker, "alice");
        Map<String, String> answer = Browser.query(browser.follow(chosen.location(), l -> l.startsWith(RETURN)).location());

        assertThat(answer).containsEntry("channel", "UNIONPAY").containsEntry("channelAppId", cusid)
                .containsEntry("userId", sandboxUserIds.userId("UnionPay/1.0 CloudPay", "alice"))
                .containsEntry("state", "allinpay-1").doesNotContainKey("error");
        assertThat(client.verifyAnswer(answer)).isTrue();
    }

    @Test
    void userIdWhenBankAppThenItsIdentifierReachesAllinpayAndTheCodeIsSingleUse() {
        UnionPayAcquirer acquirer = UnionPayAcquirer.from(config(settings, key));
        String code = issuedCode("bob");

        String userId = exchange.userId(acquirer, code, AppUpIdentifier.of("UnionPay/1.0 ICBCeLife"));

        assertThat(userId).isEqualTo(sandboxUserIds.userId("UnionPay/1.0 ICBCeLife", "bob"));
        assertThatThrownBy(() -> exchange.userId(acquirer, code, AppUpIdentifier.CLOUD_PAY))
                .isInstanceOfSatisfying(PayerIdException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.AUTH_CODE_INVALID);
                    assertThat(e.detail()).contains("授权码已使用");
                });
    }

    @Test
    void userIdWhenKeyOrMerchantWrongThenChannelNotConfiguredAndTheCodeSurvives() {
        String code = issuedCode("alice");
        Map<String, String> unknown = new HashMap<>(settings);
        unknown.put(UnionPayAcquirer.MCH_ID, "NOSUCHCUSID");

        assertThat(failure(UnionPayAcquirer.from(config(settings, "not-the-key")), code)).isEqualTo(ErrorCode.CHANNEL_NOT_CONFIGURED);
        assertThat(failure(UnionPayAcquirer.from(config(unknown, key)), code)).isEqualTo(ErrorCode.CHANNEL_NOT_CONFIGURED);
        assertThat(exchange.userId(UnionPayAcquirer.from(config(settings, key)), code, AppUpIdentifier.CLOUD_PAY))
                .isEqualTo(sandboxUserIds.userId("UnionPay/1.0 CloudPay", "alice"));
    }

    @Test
    void userIdWhenCodeForgedThenAuthCodeInvalid() {
        assertThat(failure(UnionPayAcquirer.from(config(settings, key)), "Zm9yZ2VkIGNvZGUgMTIzNA=="))
                .isEqualTo(ErrorCode.AUTH_CODE_INVALID);
    }

    private ErrorCode failure(UnionPayAcquirer acquirer, String code) {
        try {
            exchange.userId(acquirer, code, AppUpIdentifier.CLOUD_PAY);
        } catch (PayerIdException e) {
            return e.code();
        }
        throw new AssertionError("expected a refusal");
    }

    private static ChannelConfig config(Map<String, String> settings, String key) {
        return new ChannelConfig("c", OwnerType.MERCHANT, "m", ChannelKind.UNIONPAY, ChannelMode.DIRECT, settings,
                Map.of(UnionPayAcquirer.KEY, Secret.of(key)), 0);
    }

    /** A code the sandbox's userAuth page issued to {@code cardholder} in 云闪付. */
    private static String issuedCode(String cardholder) {
        Browser browser = new Browser(CLOUD_PAY_UA);
        Hop picker = browser.get(BASE + "/sandbox/unionpay/qr/qrcGtwWeb-web/api/userAuth?version=1.0.0&redirectUrl="
                + URLEncoder.encode(RETURN, StandardCharsets.UTF_8));
        return Browser.query(browser.submitForm(picker, cardholder).location()).get("userAuthCode");
    }
}
