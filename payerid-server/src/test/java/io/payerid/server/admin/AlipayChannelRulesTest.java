package io.payerid.server.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.server.config.PlatformKeys;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlipayChannelRulesTest {

    private static final String PRIVATE_KEY = PlatformKeys.generatePrivateKeyBase64();
    private static final String PUBLIC_KEY = PlatformKeys.fromPrivateKey(PlatformKeys.generatePrivateKeyBase64()).publicKeyBase64();

    private static PayerIdException refused(ChannelMode mode, Map<String, String> settings, Map<String, String> secrets) {
        return catchThrowableOfType(PayerIdException.class, () -> AlipayChannelRules.check(mode, settings, secrets));
    }

    @Test
    void aCompleteDirectConfigurationPasses() {
        assertThatCode(() -> AlipayChannelRules.check(ChannelMode.DIRECT,
                Map.of("appId", "2021000000000001", "alipayPublicKey", PUBLIC_KEY), Map.of("privateKey", PRIVATE_KEY)))
                .doesNotThrowAnyException();
    }

    @Test
    void missingFieldsAndUnusableKeysAreInvalidRequestsNamingTheField() {
        PayerIdException noAppId = refused(ChannelMode.DIRECT, Map.of("alipayPublicKey", PUBLIC_KEY), Map.of("privateKey", PRIVATE_KEY));
        PayerIdException badPublic = refused(ChannelMode.DIRECT, Map.of("appId", "2021", "alipayPublicKey", "MIIBnope"),
                Map.of("privateKey", PRIVATE_KEY));
        PayerIdException badPrivate = refused(ChannelMode.DIRECT, Map.of("appId", "2021", "alipayPublicKey", PUBLIC_KEY),
                Map.of("privateKey", "leaked-if-echoed"));
        PayerIdException spWithoutToken = refused(ChannelMode.SERVICE_PROVIDER,
                Map.of("appId", "2021", "alipayPublicKey", PUBLIC_KEY, "merchantAppId", "2022"), Map.of("privateKey", PRIVATE_KEY));

        assertThat(noAppId.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
        assertThat(noAppId.detail()).contains("settings.appId");
        assertThat(badPublic.detail()).contains("settings.alipayPublicKey");
        assertThat(badPrivate.detail()).contains("secrets.privateKey").doesNotContain("leaked-if-echoed");
        assertThat(spWithoutToken.detail()).contains("secrets.appAuthToken");
    }
}
