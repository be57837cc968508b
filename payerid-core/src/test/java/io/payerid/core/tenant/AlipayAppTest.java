package io.payerid.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlipayAppTest {

    private static ChannelConfig config(ChannelMode mode, Map<String, String> settings, Map<String, Secret> secrets) {
        return new ChannelConfig("c1", OwnerType.INSTITUTION, "i1", ChannelKind.ALIPAY, mode, settings, secrets, 0);
    }

    @Test
    void directModeAuthorizesWithItsOwnAppId() {
        AlipayApp app = AlipayApp.from(config(ChannelMode.DIRECT,
                Map.of("appId", "2021000000000001", "alipayPublicKey", "MIIB"), Map.of("privateKey", Secret.of("MIIE"))));

        assertThat(app.authorizingAppId()).isEqualTo("2021000000000001");
        assertThat(app.appAuthToken()).isNull();
        assertThat(app.privateKey().toString()).doesNotContain("MIIE");
    }

    @Test
    void serviceProviderModeAuthorizesTheMerchantsAppAndNeedsItsToken() {
        AlipayApp app = AlipayApp.from(config(ChannelMode.SERVICE_PROVIDER,
                Map.of("appId", "2021000000000009", "alipayPublicKey", "MIIB", "merchantAppId", "2021000000000002"),
                Map.of("privateKey", Secret.of("MIIE"), "appAuthToken", Secret.of("202501BB"))));

        assertThat(app.authorizingAppId()).isEqualTo("2021000000000002");
        assertThat(app.appAuthToken().reveal()).isEqualTo("202501BB");
    }

    @Test
    void missingFieldsAreChannelNotConfigured() {
        PayerIdException noKey = catchThrowableOfType(PayerIdException.class, () -> AlipayApp.from(config(ChannelMode.DIRECT,
                Map.of("appId", "2021000000000001", "alipayPublicKey", "MIIB"), Map.of())));
        PayerIdException noToken = catchThrowableOfType(PayerIdException.class, () -> AlipayApp.from(config(
                ChannelMode.SERVICE_PROVIDER, Map.of("appId", "2021000000000009", "alipayPublicKey", "MIIB",
                        "merchantAppId", "2021000000000002"), Map.of("privateKey", Secret.of("MIIE")))));

        assertThat(noKey.code()).isEqualTo(ErrorCode.CHANNEL_NOT_CONFIGURED);
        assertThat(noKey.detail()).contains("privateKey");
        assertThat(noToken.code()).isEqualTo(ErrorCode.CHANNEL_NOT_CONFIGURED);
        assertThat(noToken.detail()).contains("appAuthToken");
    }
}
