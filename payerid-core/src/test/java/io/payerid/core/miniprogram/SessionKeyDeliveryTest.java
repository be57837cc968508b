package io.payerid.core.miniprogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.OwnerType;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionKeyDeliveryTest {

    @Test
    void ofWhenUnsetThenNone() {
        assertThat(SessionKeyDelivery.of(config(Map.of()))).isEqualTo(SessionKeyDelivery.NONE);
    }

    @Test
    void ofWhenEncryptedThenEncrypted() {
        assertThat(SessionKeyDelivery.of(config(Map.of(SessionKeyDelivery.SETTING, "encrypted"))))
                .isEqualTo(SessionKeyDelivery.ENCRYPTED);
    }

    @Test
    void ofWhenAnythingElseThenChannelNotConfigured() {
        assertThatThrownBy(() -> SessionKeyDelivery.of(config(Map.of(SessionKeyDelivery.SETTING, "plain"))))
                .isInstanceOfSatisfying(PayerIdException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CHANNEL_NOT_CONFIGURED));
    }

    private static ChannelConfig config(Map<String, String> settings) {
        return new ChannelConfig("c1", OwnerType.MERCHANT, "m1", ChannelKind.WECHAT_MINIAPP, ChannelMode.DIRECT, settings,
                Map.of(), 0);
    }
}
