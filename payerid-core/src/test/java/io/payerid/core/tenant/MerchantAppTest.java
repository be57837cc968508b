package io.payerid.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.signing.SignType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MerchantAppTest {

    private static final Secret CURRENT = Secret.of("current-key-1");
    private static final Secret PREVIOUS = Secret.of("previous-key-1");

    private static MerchantApp rotated(long expiresAt) {
        return new MerchantApp("id", "app", "m", CURRENT, null, Set.of(SignType.MD5), 1, ResultDelivery.REDIRECT,
                PREVIOUS, expiresAt, 2);
    }

    @Test
    void verifyingSignKeysWhenWithinOverlapThenCurrentAndPrevious() {
        assertThat(rotated(1_000).verifyingSignKeys(999)).containsExactly(CURRENT, PREVIOUS);
    }

    @Test
    void verifyingSignKeysWhenOverlapEndedThenOnlyCurrent() {
        assertThat(rotated(1_000).verifyingSignKeys(1_000)).containsExactly(CURRENT);
        assertThat(rotated(1_000).verifyingSignKeys(5_000)).containsExactly(CURRENT);
    }

    @Test
    void verifyingSignKeysWhenNoSharedKeyThenNone() {
        MerchantApp rsaOnly = new MerchantApp("id", "app", "m", null, "pk", Set.of(SignType.RSA2), 1);
        assertThat(rsaOnly.verifyingSignKeys(0)).isEmpty();
        assertThat(rsaOnly.signedWithAnyKey(0, key -> true)).isFalse();
    }

    @Test
    void signedWithAnyKeyWhenFirstKeyMatchesThenStillTriesEveryKey() {
        List<Secret> tried = new ArrayList<>();
        boolean matched = rotated(1_000).signedWithAnyKey(0, key -> {
            tried.add(key);
            return key == CURRENT;
        });
        assertThat(matched).isTrue();
        assertThat(tried).containsExactly(CURRENT, PREVIOUS);
    }

    @Test
    void signedWithAnyKeyWhenOnlyPreviousMatchesWithinOverlapThenTrueAndAfterItFalse() {
        assertThat(rotated(1_000).signedWithAnyKey(10, key -> key == PREVIOUS)).isTrue();
        assertThat(rotated(1_000).signedWithAnyKey(1_000, key -> key == PREVIOUS)).isFalse();
    }

    @Test
    void constructorWhenNoPreviousKeyThenNoExpiry() {
        MerchantApp app = new MerchantApp("id", "app", "m", CURRENT, null, Set.of(SignType.MD5), 1,
                ResultDelivery.REDIRECT, null, 5_000, 1);
        assertThat(app.previousKeyExpiresAt()).isZero();
    }

    @Test
    void requireEnabledWhenDisabledThenAppDisabledAndKeysKept() {
        MerchantApp disabled = rotated(1_000).withEnabled(false, 3);

        assertThat(rotated(1_000).requireEnabled().enabled()).isTrue();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(disabled::requireEnabled))
                .isInstanceOfSatisfying(io.payerid.core.error.PayerIdException.class,
                        e -> assertThat(e.code()).isEqualTo(io.payerid.core.error.ErrorCode.APP_DISABLED));
        assertThat(disabled.verifyingSignKeys(999)).containsExactly(CURRENT, PREVIOUS);
        assertThat(disabled.updatedAt()).isEqualTo(3);
        assertThat(disabled.withEnabled(true, 4).requireEnabled().enabled()).isTrue();
    }
}
