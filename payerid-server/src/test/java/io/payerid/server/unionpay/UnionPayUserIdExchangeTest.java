package io.payerid.server.unionpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.core.tenant.UnionPayAcquirer;
import io.payerid.core.unionpay.AppUpIdentifier;
import io.payerid.core.unionpay.UnionPayUserIdExchange;
import io.payerid.sandbox.unionpay.UnionPayUserIdDerivation;
import io.payerid.server.demo.DemoTenant;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.demo.DemoUnionPaySeeder;
import io.payerid.server.support.Browser;
import io.payerid.server.support.Browser.Hop;
import io.payerid.server.support.GatewayTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The userAuthCode → user_id service without the browser flow (what seed 000's {@code wayCode=UNIONPAY}
 * calls), driven against the sandbox acquirer through the real client: merchant configuration from the
 * tenant directory, a code the sandbox really issued, and every failure class the client maps.
 */
class UnionPayUserIdExchangeTest extends GatewayTest {

    @Autowired
    DemoTenantSeeder seeder;
    @Autowired
    DemoUnionPaySeeder unionPaySeeder;
    @Autowired
    TenantDirectory directory;
    @Autowired
    UnionPayUserIdExchange exchange;
    @Autowired
    UnionPayUserIdDerivation sandboxUserIds;

    private UnionPayAcquirer acquirer;

    @BeforeEach
    void demoMerchant() {
        seeder.seed();
        unionPaySeeder.seed();
        // As a seed API resolves it: the merchant's effective UNIONPAY configuration.
        acquirer = UnionPayAcquirer.from(directory.effectiveChannel(
                directory.merchantByMchNo(DemoTenant.MCH_NO).orElseThrow(), ChannelKind.UNIONPAY).orElseThrow());
    }

    /** A code the sandbox issued to {@code cardholder} in 云闪付, as a merchant page would receive it. */
    private static String issuedCode(String cardholder) {
        Browser browser = new Browser("Mozilla/5.0 (UnionPay/1.0 CloudPay)");
        Hop picker = browser.get(BASE + "/sandbox/unionpay/qr/qrcGtwWeb-web/api/userAuth?version=1.0.0&redirectUrl="
                + URLEncoder.encode(BASE + "/demo/return", StandardCharsets.UTF_8));
        return Browser.query(browser.submitForm(picker, cardholder).location()).get("userAuthCode");
    }

    private static ErrorCode failureOf(Runnable call) {
        try {
            call.run();
            throw new AssertionError("expected a PayerIdException");
        } catch (PayerIdException e) {
            return e.code();
        }
    }

    @Test
    void resolvesTheUserIdOnceAndThenReportsTheCodeAsInvalid() {
        String code = issuedCode("alice");

        assertThat(exchange.userId(acquirer, code, AppUpIdentifier.of(""))).isEqualTo(sandboxUserIds.userId("UnionPay/1.0 CloudPay", "alice"));
        assertThatThrownBy(() -> exchange.userId(acquirer, code, AppUpIdentifier.CLOUD_PAY))
                .isInstanceOfSatisfying(PayerIdException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.AUTH_CODE_INVALID);
                    assertThat(e.detail()).contains("AUTHCODE_USED").contains("用户授权码已使用");
                });
    }

    @Test
    void theExplicitAppIdentifierIsSentAsGiven() {
        assertThat(exchange.userId(acquirer, issuedCode("bob"), AppUpIdentifier.of("UnionPay/1.0 ICBCeLife")))
                .isEqualTo(sandboxUserIds.userId("UnionPay/1.0 ICBCeLife", "bob"));
    }

    @Test
    void aCodeWhosePlusBecameASpaceStillWorks() {
        String code = issuedCode("alice");
        for (int i = 0; i < 300 && !code.contains("+"); i++) {
            code = issuedCode("alice");
        }
        assertThat(code).contains("+");
        assertThat(exchange.userId(acquirer, code.replace('+', ' '), AppUpIdentifier.CLOUD_PAY))
                .isEqualTo(sandboxUserIds.userId("UnionPay/1.0 CloudPay", "alice"));
    }

    @Test
    void credentialsTheAcquirerRefusesMeanTheChannelIsNotConfigured() {
        String code = issuedCode("alice");
        UnionPayAcquirer wrongKey = new UnionPayAcquirer(acquirer.mchId(), Secret.of("not-the-key"), null, null, "1.0.0");
        UnionPayAcquirer unknownMerchant = new UnionPayAcquirer("NOSUCHMCH", acquirer.key(), null, null, "1.0.0");

        assertThat(failureOf(() -> exchange.userId(wrongKey, code, AppUpIdentifier.CLOUD_PAY))).isEqualTo(ErrorCode.CHANNEL_NOT_CONFIGURED);
        assertThat(failureOf(() -> exchange.userId(unknownMerchant, code, AppUpIdentifier.CLOUD_PAY))).isEqualTo(ErrorCode.CHANNEL_NOT_CONFIGURED);
        // Refused requests did not spend the code.
        assertThat(exchange.userId(acquirer, code, AppUpIdentifier.CLOUD_PAY)).isNotBlank();
    }

    @Test
    void unknownOrMissingCodesAreReportedAsSuch() {
        assertThat(failureOf(() -> exchange.userId(acquirer, "uskMsSXHS1KBLHZ90+iDzA==", AppUpIdentifier.CLOUD_PAY)))
                .isEqualTo(ErrorCode.AUTH_CODE_INVALID);
        assertThat(failureOf(() -> exchange.userId(acquirer, "", AppUpIdentifier.CLOUD_PAY))).isEqualTo(ErrorCode.INVALID_REQUEST);
    }
}
