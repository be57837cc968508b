package io.payerid.core.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payerid.core.crypto.KeyRing;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.flow.FlowContext;
import io.payerid.core.flow.Scope;
import io.payerid.core.tenant.ChannelKind;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class SealedStateTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    static String randomKey() {
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        return Base64.getEncoder().encodeToString(raw);
    }

    private static FlowContext context(long expiresAt) {
        return new FlowContext("Ab3dEf6hIj9kLm2nOp5qRs", ChannelKind.WECHAT_OA, "native", "app_demo", "m01",
                "https://shop.example.com/pay/return?order=42&x=中文", Scope.USERINFO, "merchant-state-1",
                expiresAt, Map.of("signType", "MD5"));
    }

    @Test
    void roundTripsEveryFieldAndIsUrlSafeAndCompact() {
        SealedState seal = new SealedState(KeyRing.single("k1", randomKey()), CLOCK);
        FlowContext original = context(NOW.getEpochSecond() + 600);
        String token = seal.seal(original);
        assertThat(token).matches("k1\\.[A-Za-z0-9_-]+");
        assertThat(token.length()).isLessThan(300);
        assertThat(seal.open(token)).isEqualTo(original);
    }

    @Test
    void nullStateSurvives() {
        SealedState seal = new SealedState(KeyRing.single("k1", randomKey()), CLOCK);
        FlowContext c = new FlowContext("f", ChannelKind.WECHAT_OA, "native", "a", "m", "https://x.example/", Scope.BASE,
                null, NOW.getEpochSecond() + 1, Map.of());
        assertThat(seal.open(seal.seal(c)).merchantState()).isNull();
    }

    @Test
    void tamperedTokensAreRefused() {
        SealedState seal = new SealedState(KeyRing.single("k1", randomKey()), CLOCK);
        String token = seal.seal(context(NOW.getEpochSecond() + 600));
        for (int i = 3; i < token.length(); i += 7) {
            char c = token.charAt(i);
            String flipped = token.substring(0, i) + (c == 'A' ? 'B' : 'A') + token.substring(i + 1);
            assertThatThrownBy(() -> seal.open(flipped)).isInstanceOf(PayerIdException.class)
                    .extracting(e -> ((PayerIdException) e).code()).isEqualTo(ErrorCode.FLOW_STATE_INVALID);
        }
        assertThatThrownBy(() -> seal.open(token.substring(0, token.length() - 2))).isInstanceOf(PayerIdException.class);
        assertThatThrownBy(() -> seal.open("garbage")).isInstanceOf(PayerIdException.class);
        assertThatThrownBy(() -> seal.open(null)).isInstanceOf(PayerIdException.class);
    }

    @Test
    void openWhenTokenIsCutToAnImpossibleBase64LengthThenFlowStateInvalid() {
        SealedState seal = new SealedState(KeyRing.single("k1", randomKey()), CLOCK);
        String token = seal.seal(context(NOW.getEpochSecond() + 600));
        for (int cut = 1; cut <= 4; cut++) {
            String shorter = token.substring(0, token.length() - cut);
            assertThatThrownBy(() -> seal.open(shorter)).as("cut " + shorter.length()).isInstanceOf(PayerIdException.class)
                    .extracting(e -> ((PayerIdException) e).code()).isEqualTo(ErrorCode.FLOW_STATE_INVALID);
        }
    }

    @Test
    void openWhenBoundToABrowserThenTheBindingSurvives() {
        SealedState seal = new SealedState(KeyRing.single("k1", randomKey()), CLOCK);
        FlowContext bound = context(NOW.getEpochSecond() + 600).boundTo(io.payerid.core.flow.BrowserKey.generate());
        FlowContext opened = seal.open(seal.seal(bound));
        assertThat(opened).isEqualTo(bound);
        assertThat(opened.boundToBrowser()).isTrue();
        assertThat(seal.open(seal.seal(context(NOW.getEpochSecond() + 600))).boundToBrowser()).isFalse();
    }

    @Test
    void expiredFlowsAreRefusedAsExpired() {
        SealedState seal = new SealedState(KeyRing.single("k1", randomKey()), CLOCK);
        String token = seal.seal(context(NOW.getEpochSecond() - 1));
        assertThatThrownBy(() -> seal.open(token)).isInstanceOf(PayerIdException.class)
                .extracting(e -> ((PayerIdException) e).code()).isEqualTo(ErrorCode.FLOW_EXPIRED);
    }

    @Test
    void foreignKeysAreRefused() {
        String token = new SealedState(KeyRing.single("k1", randomKey()), CLOCK).seal(context(NOW.getEpochSecond() + 60));
        SealedState other = new SealedState(KeyRing.single("k1", randomKey()), CLOCK);
        assertThatThrownBy(() -> other.open(token)).isInstanceOf(PayerIdException.class)
                .extracting(e -> ((PayerIdException) e).code()).isEqualTo(ErrorCode.FLOW_STATE_INVALID);
        SealedState unknownId = new SealedState(KeyRing.single("k2", randomKey()), CLOCK);
        assertThatThrownBy(() -> unknownId.open(token)).isInstanceOf(PayerIdException.class);
    }

    @Test
    void rotatedKeysStillOpenOldTokensAndSealUnderTheNewOne() {
        String oldKey = randomKey();
        String token = new SealedState(KeyRing.single("k1", oldKey), CLOCK).seal(context(NOW.getEpochSecond() + 60));
        KeyRing rotated = new KeyRing(Map.<String, SecretKey>of("k1", KeyRing.aesKey(oldKey), "k2", KeyRing.aesKey(randomKey())), "k2");
        SealedState seal = new SealedState(rotated, CLOCK);
        assertThat(seal.open(token).appId()).isEqualTo("app_demo");
        assertThat(seal.seal(context(NOW.getEpochSecond() + 60))).startsWith("k2.");
    }

    @Test
    void aSealForAnotherPurposeDoesNotOpen() {
        KeyRing master = KeyRing.single("k1", randomKey());
        String token = new SealedState(master.derive("purpose-a"), CLOCK).seal(context(NOW.getEpochSecond() + 60));
        assertThatThrownBy(() -> new SealedState(master.derive("purpose-b"), CLOCK).open(token)).isInstanceOf(PayerIdException.class);
    }
}
