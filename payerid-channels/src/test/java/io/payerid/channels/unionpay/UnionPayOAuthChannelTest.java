package io.payerid.channels.unionpay;

import io.payerid.channels.http.UpstreamHttpSettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.flow.Scope;
import io.payerid.core.flow.UpstreamCallback;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.Secret;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The browser half of the channel: authorize URL, state round trip and the callback's respCode mapping. */
class UnionPayOAuthChannelTest {

    private static final String CALLBACK = "https://pay.example.com/v1/oauth/callback/unionpay/k1.sealed-Part_9";

    // Never called by these tests: only the browser half is exercised here.
    private final UnionPayOAuthChannel channel = new UnionPayOAuthChannel(UnionPayOAuthChannel.OFFICIAL_QR_HOST,
            new QrcPrefrontUserIdClient(QrcPrefrontUserIdClient.OFFICIAL_GATEWAY, new UpstreamHttpSettings(10, 10, Duration.ofSeconds(1), Duration.ofSeconds(1))));

    private static ChannelConfig config(Map<String, String> settings) {
        return new ChannelConfig("c1", OwnerType.INSTITUTION, "i1", ChannelKind.UNIONPAY, ChannelMode.SERVICE_PROVIDER,
                settings, Map.of("key", Secret.of("k")), 0L);
    }

    private static UpstreamCallback callback(Map<String, String> params) {
        return new UpstreamCallback(params, "Mozilla/5.0 (UnionPay/1.0 CloudPay)");
    }

    @Test
    void authorizeUrlIsTheDocumentedOneWithTheStateInsideTheEncodedCallback() {
        String url = channel.authorizationUrl(config(Map.of("mchId", "m1")), Scope.BASE, CALLBACK, "Flow123abc");

        assertThat(url).isEqualTo("https://qr.95516.com/qrcGtwWeb-web/api/userAuth?version=1.0.0&redirectUrl="
                + "https%3A%2F%2Fpay.example.com%2Fv1%2Foauth%2Fcallback%2Funionpay%2Fk1.sealed-Part_9%3Fstate%3DFlow123abc");
        String redirectUrl = URLDecoder.decode(URI.create(url).getRawQuery().split("redirectUrl=")[1], StandardCharsets.UTF_8);
        assertThat(redirectUrl).isEqualTo(CALLBACK + "?state=Flow123abc");
    }

    @Test
    void userinfoScopeIsServedLikeBaseAndTheVersionIsConfigurable() {
        ChannelConfig config = config(Map.of("mchId", "m1", "authVersion", "1.0.2"));
        String userinfo = channel.authorizationUrl(config, Scope.USERINFO, CALLBACK, "s");
        assertThat(userinfo).isEqualTo(channel.authorizationUrl(config, Scope.BASE, CALLBACK, "s")).contains("?version=1.0.2&");
    }

    @Test
    void aMissingConfigurationIsReportedBeforeThePayerLeaves() {
        assertThatThrownBy(() -> channel.authorizationUrl(config(Map.of()), Scope.BASE, CALLBACK, "s"))
                .isInstanceOfSatisfying(PayerIdException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CHANNEL_NOT_CONFIGURED));
    }

    @Test
    void theStateComesBackInOurOwnParameter() {
        assertThat(channel.echoedState(callback(Map.of("state", "Flow123abc", "userAuthCode", "x", "respCode", "00"))))
                .hasValue("Flow123abc");
        assertThat(channel.echoedState(callback(Map.of("userAuthCode", "x")))).isEmpty();
    }

    @Test
    void successGivesTheCodeWithAnUnencodedPlusRestored() {
        assertThat(channel.code(callback(Map.of("userAuthCode", "uskMsSXHS1KBLHZ90+iDzA==", "respCode", "00"))))
                .hasValue("uskMsSXHS1KBLHZ90+iDzA==");
        assertThat(channel.code(callback(Map.of("userAuthCode", "uskMsSXHS1KBLHZ90 iDzA==", "respCode", "00"))))
                .hasValue("uskMsSXHS1KBLHZ90+iDzA==");
        assertThat(channel.code(callback(Map.of("userAuthCode", "Y/uPmzGRTDuU3eNSzpepYg==")))).hasValue("Y/uPmzGRTDuU3eNSzpepYg==");
    }

    @Test
    void respCodesMapExplicitly() {
        assertThat(channel.code(callback(Map.of("respCode", "01")))).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> channel.code(callback(Map.of("respCode", "34", "userAuthCode", "x"))))
                .isInstanceOfSatisfying(PayerIdException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_ERROR);
                    assertThat(e.detail()).contains("respCode 34");
                });
        assertThatThrownBy(() -> channel.code(callback(Map.of("respCode", "00"))))
                .isInstanceOfSatisfying(PayerIdException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_ERROR));
        assertThatThrownBy(() -> channel.code(callback(Map.of())))
                .isInstanceOfSatisfying(PayerIdException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_ERROR));
    }
}
