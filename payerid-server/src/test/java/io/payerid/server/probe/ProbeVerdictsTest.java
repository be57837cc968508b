package io.payerid.server.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.channels.wechat.WechatApiException;
import io.payerid.console.port.ProbeAnswer;
import io.payerid.console.port.ProbeOutcome;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.Secret;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The clients' failure codes as test outcomes, and no saved secret in the detail even when an upstream echoes one. */
class ProbeVerdictsTest {

    private static final String SECRET = "the-saved-app-secret-0123";
    private static final ChannelConfig SAVED = new ChannelConfig("c1", OwnerType.INSTITUTION, "i1", ChannelKind.WECHAT_OA,
            ChannelMode.DIRECT, Map.of("appId", "wx1"), Map.of("appSecret", Secret.of(SECRET)), 0);

    @Test
    void ofWhenUpstreamEchoesTheSecretThenTheDetailHidesIt() {
        ProbeAnswer answer = ProbeVerdicts.of(new PayerIdException(ErrorCode.CHANNEL_NOT_CONFIGURED,
                "refused: secret " + SECRET + " is wrong"), SAVED);

        assertThat(answer.outcome()).isEqualTo(ProbeOutcome.CREDENTIALS_REFUSED);
        assertThat(answer.detail()).doesNotContain(SECRET).isEqualTo("refused: secret *** is wrong");
    }

    @Test
    void ofWhenEachClientCodeThenItsOutcome() {
        assertThat(outcome(new PayerIdException(ErrorCode.UPSTREAM_UNAVAILABLE, "down"))).isEqualTo(ProbeOutcome.UNREACHABLE);
        assertThat(outcome(new PayerIdException(ErrorCode.UPSTREAM_ERROR, "html"))).isEqualTo(ProbeOutcome.GARBLED);
        assertThat(outcome(new PayerIdException(ErrorCode.COMPONENT_TICKET_MISSING, "none"))).isEqualTo(ProbeOutcome.NO_TICKET);
        assertThat(outcome(new WechatApiException(ErrorCode.UPSTREAM_ERROR, 40002, "bad grant", null)))
                .as("WeChat answered an errcode to a request of credentials only").isEqualTo(ProbeOutcome.CREDENTIALS_REFUSED);
    }

    private static ProbeOutcome outcome(PayerIdException failure) {
        return ProbeVerdicts.of(failure, SAVED).outcome();
    }
}
