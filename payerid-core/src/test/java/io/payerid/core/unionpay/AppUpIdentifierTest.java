package io.payerid.core.unionpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import org.junit.jupiter.api.Test;

class AppUpIdentifierTest {

    static final String CLOUD_PAY_IOS = "Mozilla/5.0 (iPhone; CPU iPhone OS 15_0 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Mobile/15E148 (com.unionpay.chsp) (cordova 4.5.4) (updebug 0) (version 929) "
            + "(UnionPay/1.0 CloudPay) (clientVersion 324) (language zh_CN) (languageFamily zh_CN)";

    @Test
    void cloudPayUserAgentInParentheses() {
        AppUpIdentifier id = AppUpIdentifier.fromUserAgent(CLOUD_PAY_IOS);
        assertThat(id.value()).isEqualTo("UnionPay/1.0 CloudPay");
        assertThat(id).isEqualTo(AppUpIdentifier.CLOUD_PAY);
    }

    @Test
    void bankAppAtTheEndOfTheUserAgent() {
        String ua = "Mozilla/5.0 (Linux; Android 12; PGT-AN10) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Version/4.0 Chrome/96.0.4664.104 Mobile Safari/537.36 UnionPay/1.0 ICBCeLife";
        AppUpIdentifier id = AppUpIdentifier.fromUserAgent(ua);
        assertThat(id.version()).isEqualTo("1.0");
        assertThat(id.appId()).isEqualTo("ICBCeLife");
        assertThat(id.value()).isEqualTo("UnionPay/1.0 ICBCeLife");
    }

    @Test
    void appIdStopsAtTheFirstCharacterThatIsNotALetterOrDigit() {
        assertThat(AppUpIdentifier.fromUserAgent("X (UnionPay/2.1 BOC_app-9) Y").value()).isEqualTo("UnionPay/2.1 BOC");
    }

    @Test
    void noMarkerMeansCloudPay() {
        assertThat(AppUpIdentifier.fromUserAgent(null)).isEqualTo(AppUpIdentifier.CLOUD_PAY);
        assertThat(AppUpIdentifier.fromUserAgent("")).isEqualTo(AppUpIdentifier.CLOUD_PAY);
        assertThat(AppUpIdentifier.fromUserAgent("Mozilla/5.0 (Linux; Android 13) MicroMessenger/8.0.47"))
                .isEqualTo(AppUpIdentifier.CLOUD_PAY);
        // A marker without an app part, or with an unusable one, is no identifier either.
        assertThat(AppUpIdentifier.fromUserAgent("(UnionPay/1.0) (clientVersion 324)")).isEqualTo(AppUpIdentifier.CLOUD_PAY);
        assertThat(AppUpIdentifier.fromUserAgent("UnionPay/1.0 " + "A".repeat(60))).isEqualTo(AppUpIdentifier.CLOUD_PAY);
    }

    @Test
    void firstUsableMarkerWins() {
        String ua = "UnionPay/1.0 " + "A".repeat(60) + " (UnionPay/1.0 ABCbank)";
        assertThat(AppUpIdentifier.fromUserAgent(ua).appId()).isEqualTo("ABCbank");
    }

    @Test
    void explicitValuesAcceptTheFullFormTheBareAppPartOrNothing() {
        assertThat(AppUpIdentifier.of("")).isEqualTo(AppUpIdentifier.CLOUD_PAY);
        assertThat(AppUpIdentifier.of(null)).isEqualTo(AppUpIdentifier.CLOUD_PAY);
        assertThat(AppUpIdentifier.of("UnionPay/1.0 CloudPay")).isEqualTo(AppUpIdentifier.CLOUD_PAY);
        assertThat(AppUpIdentifier.of(" UnionPay/1.0 ICBCeLife ").value()).isEqualTo("UnionPay/1.0 ICBCeLife");
        assertThat(AppUpIdentifier.of("ICBCeLife").value()).isEqualTo("UnionPay/1.0 ICBCeLife");
    }

    @Test
    void explicitGarbageIsAnInvalidRequest() {
        for (String bad : new String[] {"UnionPay/1.0 Cloud Pay", "UnionPay/x CloudPay", "<script>", "UnionPay/1.0 " + "A".repeat(60)}) {
            assertThatThrownBy(() -> AppUpIdentifier.of(bad)).as(bad)
                    .isInstanceOfSatisfying(PayerIdException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST));
        }
    }
}
