package io.payerid.server.dialect.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.signing.Digests;
import io.payerid.core.signing.HexCase;
import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.ResultDelivery;
import io.payerid.core.tenant.Secret;
import io.payerid.server.config.PlatformKeys;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Seed 004's MD5 rule honours a rotated-out app key during its overlap only, and signs with the new key. */
class ExchangeSignatureTest {

    private static final long OVERLAP_END = 1_000_000L;
    private static final String CONTENT = "businessId=B1&serialNo=S1{\"a\":1}";
    private static final PlatformKeys PLATFORM = PlatformKeys.fromPrivateKey(PlatformKeys.generatePrivateKeyBase64());
    private static final MerchantApp ROTATED = new MerchantApp("id", "app", "m", Secret.of("new-key-123"), null,
            Set.of(SignType.MD5), 1, ResultDelivery.REDIRECT, Secret.of("old-key-123"), OVERLAP_END, 2);

    private static ExchangeSignature at(long millis) {
        return new ExchangeSignature(PLATFORM, Clock.fixed(Instant.ofEpochMilli(millis), ZoneOffset.UTC));
    }

    private static String md5(String key) {
        return Digests.md5Hex(CONTENT + key, HexCase.UPPER);
    }

    @Test
    void verifyWhenPreviousKeyWithinOverlapThenAccepted() {
        assertThat(at(OVERLAP_END - 1).verify(ROTATED, ExchangeSignType.MD5, CONTENT, md5("old-key-123"))).isTrue();
        assertThat(at(OVERLAP_END - 1).verify(ROTATED, ExchangeSignType.MD5, CONTENT, md5("new-key-123"))).isTrue();
    }

    @Test
    void verifyWhenPreviousKeyAfterOverlapThenRefused() {
        assertThat(at(OVERLAP_END).verify(ROTATED, ExchangeSignType.MD5, CONTENT, md5("old-key-123"))).isFalse();
        assertThat(at(OVERLAP_END).verify(ROTATED, ExchangeSignType.MD5, CONTENT, md5("new-key-123"))).isTrue();
        assertThat(at(0).verify(ROTATED, ExchangeSignType.MD5, CONTENT, md5("other-key-1"))).isFalse();
    }

    @Test
    void signWhenWithinOverlapThenUsesTheNewKey() {
        assertThat(at(0).sign(ROTATED, ExchangeSignType.MD5, CONTENT)).isEqualTo(md5("new-key-123"));
    }
}
