package io.payerid.console.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.crypto.KeyRing;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SessionSealerTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private final SessionSealer sealer = new SessionSealer(KeyRing.single("k1", KEY));
    private final ConsoleSession session = new ConsoleSession("acc01", "CsrfToken0123456789", 1000L, 2000L);

    @Test
    void openWhenSealedByTheSameKeyRingThenTheSameSession() {
        String token = sealer.seal(session);

        assertThat(token).startsWith("k1.").doesNotContain("acc01").doesNotContain("CsrfToken");
        assertThat(new SessionSealer(KeyRing.single("k1", KEY)).open(token)).contains(session);
    }

    @Test
    void openWhenSealedForAnotherPurposeThenEmpty() {
        SessionSealer pending = new SessionSealer(KeyRing.single("k1", KEY), "payerid.console-totp-pending");

        assertThat(sealer.open(pending.seal(session))).as("a pending TOTP login is no session").isEmpty();
        assertThat(pending.open(sealer.seal(session))).isEmpty();
        assertThat(pending.open(pending.seal(session))).contains(session);
    }

    @Test
    void openWhenTamperedOrForeignThenEmpty() {
        String token = sealer.seal(session);
        int at = token.length() - 10;
        String tampered = token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);
        String otherKey = Base64.getEncoder().encodeToString(new byte[]{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
                16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});

        assertThat(sealer.open(tampered)).isEmpty();
        assertThat(new SessionSealer(KeyRing.single("k1", otherKey)).open(token)).isEmpty();
        assertThat(sealer.open("k2" + token.substring(2))).isEmpty();
    }

    @Test
    void openWhenGarbageThenEmpty() {
        assertThat(sealer.open(null)).isEmpty();
        assertThat(sealer.open("")).isEmpty();
        assertThat(sealer.open("k1.")).isEmpty();
        assertThat(sealer.open("k1." + "A".repeat(41))).isEmpty();
        assertThat(sealer.open("k1.%%%")).isEmpty();
        assertThat(sealer.open("k1." + "A".repeat(5000))).isEmpty();
    }

    @Test
    void sealWhenSameSessionTwiceThenDifferentTokens() {
        assertThat(sealer.seal(session)).isNotEqualTo(sealer.seal(session));
    }
}
