package io.payerid.core.miniprogram;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.crypto.KeyRing;
import io.payerid.core.crypto.SecretCipher;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.Secret;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class MiniProgramSessionCodecTest {

    private final MiniProgramSessionCodec codec = new MiniProgramSessionCodec(new SecretCipher(
            KeyRing.single("k1", Base64.getEncoder().encodeToString(new byte[32]))));

    @Test
    void encodeWhenDecodedThenTheSameSession() {
        MiniProgramSession session = new MiniProgramSession(ChannelKind.ALIPAY_MINIAPP, "2021000000000001", "0a&b=c",
                null, "2088000000000001", null);

        MiniProgramSession decoded = codec.decode(codec.encode(session));

        assertThat(decoded).isEqualTo(session);
    }

    @Test
    void encodeWhenSessionKeyPresentThenStoredSealedNotPlain() {
        Secret sessionKey = Secret.of("tiihtNczf5v6AKRyjwEUhQ==");
        MiniProgramSession session = new MiniProgramSession(ChannelKind.WECHAT_MINIAPP, "wxapp", "oPayer", "oUnion",
                null, sessionKey);

        String stored = codec.encode(session);

        assertThat(stored).doesNotContain("tiihtNczf5v6AKRyjwEUhQ").doesNotContain("tiihtNczf5v6AKRyjwEUhQ%3D%3D");
        assertThat(codec.decode(stored).sessionKey().reveal()).isEqualTo(sessionKey.reveal());
    }
}
