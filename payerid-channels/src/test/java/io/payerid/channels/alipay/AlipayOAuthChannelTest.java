package io.payerid.channels.alipay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.flow.Scope;
import io.payerid.core.flow.UpstreamCallback;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.Secret;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parts of the channel that need no upstream: the authorize URL, the callback, key checks. */
class AlipayOAuthChannelTest {

    private static final String CALLBACK = "https://pay.example/v1/oauth/callback/alipay/k1.abc?x=1";

    private static ChannelConfig direct(String privateKey) {
        return new ChannelConfig("c1", OwnerType.INSTITUTION, "i1", ChannelKind.ALIPAY, ChannelMode.DIRECT,
                Map.of("appId", "2021000000000001", "alipayPublicKey", "MIIB"), Map.of("privateKey", Secret.of(privateKey)), 0);
    }

    @Test
    void officialAuthorizeUrlWithEncodedRedirectAndScopes() {
        AlipayOAuthChannel channel = new AlipayOAuthChannel(new AlipayClients(AlipayHosts.official()));

        assertThat(channel.authorizationUrl(direct("k"), Scope.BASE, CALLBACK, "Ab12"))
                .isEqualTo("https://openauth.alipay.com/oauth2/publicAppAuthorize.htm?app_id=2021000000000001&scope=auth_base"
                        + "&redirect_uri=https%3A%2F%2Fpay.example%2Fv1%2Foauth%2Fcallback%2Falipay%2Fk1.abc%3Fx%3D1&state=Ab12");
        assertThat(channel.authorizationUrl(direct("k"), Scope.USERINFO, CALLBACK, "Ab12")).contains("&scope=auth_user&");
    }

    @Test
    void serviceProviderModeSendsThePayerToTheMerchantsApp() {
        ChannelConfig sp = new ChannelConfig("c2", OwnerType.INSTITUTION, "i1", ChannelKind.ALIPAY, ChannelMode.SERVICE_PROVIDER,
                Map.of("appId", "2021000000000009", "alipayPublicKey", "MIIB", "merchantAppId", "2021000000000002"),
                Map.of("privateKey", Secret.of("k"), "appAuthToken", Secret.of("t")), 0);
        AlipayOAuthChannel channel = new AlipayOAuthChannel(new AlipayClients(new AlipayHosts("http://sandbox.test/openauth/", null)));

        assertThat(channel.authorizationUrl(sp, Scope.BASE, CALLBACK, "s"))
                .startsWith("http://sandbox.test/openauth/oauth2/publicAppAuthorize.htm?app_id=2021000000000002&");
    }

    @Test
    void theCallbackCarriesAuthCodeAndStateAndARefusalHasNoCode() {
        AlipayOAuthChannel channel = new AlipayOAuthChannel(new AlipayClients(AlipayHosts.official()));
        UpstreamCallback granted = new UpstreamCallback(Map.of("app_id", "2021000000000001", "source", "alipay_wallet",
                "scope", "auth_base", "auth_code", "ca34ea491e7146cc87d25fca24c4cD11", "state", "Ab12"), "");
        UpstreamCallback refused = new UpstreamCallback(Map.of("app_id", "2021000000000001", "state", "Ab12"), "");

        assertThat(channel.code(granted)).hasValue("ca34ea491e7146cc87d25fca24c4cD11");
        assertThat(channel.echoedState(granted)).hasValue("Ab12");
        assertThat(channel.code(refused)).isEmpty();
    }

    @Test
    void anUnparseablePrivateKeyIsChannelNotConfiguredBeforeAnyCall() {
        AlipayOAuthChannel channel = new AlipayOAuthChannel(new AlipayClients(new AlipayHosts(null, "http://127.0.0.1:9/gateway.do")));

        PayerIdException e = catchThrowableOfType(PayerIdException.class,
                () -> channel.exchange(direct("not-a-key"), Scope.BASE, "code", new UpstreamCallback(Map.of(), "")));

        assertThat(e.code()).isEqualTo(ErrorCode.CHANNEL_NOT_CONFIGURED);
        assertThat(e.detail()).contains("private key").doesNotContain("not-a-key");
    }

    @Test
    void gendersMapOntoTheSexCodingMerchantsRead() {
        assertThat(AlipayOAuthChannel.sex("M")).isEqualTo(1);
        assertThat(AlipayOAuthChannel.sex("f")).isEqualTo(2);
        assertThat(AlipayOAuthChannel.sex("")).isEqualTo(0);
        assertThat(AlipayOAuthChannel.sex(null)).isNull();
    }
}
