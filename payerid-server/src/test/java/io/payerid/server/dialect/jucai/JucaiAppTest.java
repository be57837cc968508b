package io.payerid.server.dialect.jucai;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.signing.HexCase;
import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.ResultDelivery;
import io.payerid.core.tenant.Secret;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Seed 000 verifies with a rotated-out key while its overlap runs, and signs answers with the new key. */
class JucaiAppTest {

    private static final JucaiRules RULES = new JucaiRules(HexCase.UPPER, "key", null, null);
    private static final Map<String, String> FIELDS = Map.of("appId", "app", "authCode", "134567890123456789");

    private static JucaiApp app(long previousKeyExpiresAt) {
        MerchantApp app = new MerchantApp("id", "app", "m", Secret.of("new-key-123"), null, Set.of(SignType.MD5), 1,
                ResultDelivery.REDIRECT, Secret.of("old-key-123"), previousKeyExpiresAt, 2);
        return new JucaiApp(app, new Merchant("m", "i", "M1", "shop", true, 1),
                new Institution("i", "I1", "inst", null, 1), RULES);
    }

    private static String signedWith(String key) {
        return new JucaiSignature(RULES).sign(FIELDS, key);
    }

    @Test
    void verifyWhenPreviousKeyWithinOverlapThenAccepted() {
        JucaiApp during = app(System.currentTimeMillis() + 60_000);
        assertThat(during.verify(FIELDS, signedWith("old-key-123"))).isTrue();
        assertThat(during.verify(FIELDS, signedWith("new-key-123"))).isTrue();
        assertThat(during.sign(FIELDS)).isEqualTo(signedWith("new-key-123"));
    }

    @Test
    void verifyWhenOverlapEndedThenOnlyTheNewKey() {
        JucaiApp after = app(System.currentTimeMillis() - 1);
        assertThat(after.verify(FIELDS, signedWith("old-key-123"))).isFalse();
        assertThat(after.verify(FIELDS, signedWith("new-key-123"))).isTrue();
    }
}
