package io.payerid.core.miniprogram;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.crypto.AesGcm;
import io.payerid.core.tenant.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SessionKeyEnvelopeTest {

    private static final Secret APP_KEY = Secret.of("merchant-app-sign-key-0123456789");
    private static final Secret SESSION_KEY = Secret.of("tiihtNczf5v6AKRyjwEUhQ==");

    @Test
    void sealWhenOpenedWithTheAppKeyAndPayerThenTheSessionKey() {
        byte[] sealed = Base64.getDecoder().decode(SessionKeyEnvelope.seal(APP_KEY, "wxapp", "oPayer", SESSION_KEY));

        byte[] opened = AesGcm.decrypt(SessionKeyEnvelope.key(APP_KEY), sealed,
                SessionKeyEnvelope.associatedData("wxapp", "oPayer")).orElseThrow();

        assertThat(new String(opened, StandardCharsets.UTF_8)).isEqualTo(SESSION_KEY.reveal());
        assertThat(sealed).hasSize(12 + 24 + 16);
    }

    @Test
    void sealWhenOpenedForAnotherPayerAppOrKeyThenNothing() {
        byte[] sealed = Base64.getDecoder().decode(SessionKeyEnvelope.seal(APP_KEY, "wxapp", "oPayer", SESSION_KEY));

        assertThat(AesGcm.decrypt(SessionKeyEnvelope.key(APP_KEY), sealed,
                SessionKeyEnvelope.associatedData("wxapp", "oOther"))).isEmpty();
        assertThat(AesGcm.decrypt(SessionKeyEnvelope.key(APP_KEY), sealed,
                SessionKeyEnvelope.associatedData("wxother", "oPayer"))).isEmpty();
        assertThat(AesGcm.decrypt(SessionKeyEnvelope.key(Secret.of("another-key")), sealed,
                SessionKeyEnvelope.associatedData("wxapp", "oPayer"))).isEmpty();
    }

    @Test
    void sealWhenCalledTwiceThenFreshIvEachTime() {
        assertThat(SessionKeyEnvelope.seal(APP_KEY, "wxapp", "oPayer", SESSION_KEY))
                .isNotEqualTo(SessionKeyEnvelope.seal(APP_KEY, "wxapp", "oPayer", SESSION_KEY));
    }
}
