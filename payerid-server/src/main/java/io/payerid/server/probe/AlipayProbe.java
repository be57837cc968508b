package io.payerid.server.probe;

import io.payerid.channels.alipay.AlipayClients;
import io.payerid.channels.alipay.AlipayOAuthChannel;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.flow.Scope;
import io.payerid.core.tenant.AlipayApp;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;

/**
 * An Alipay app's app_id and key pair (and app_auth_token), proven by {@code alipay.system.oauth.token} with a code
 * Alipay never issued: the gateway checks app_id, the request signature and app_auth_token before the code, so
 * {@code isv.code-invalid} in an answer whose signature verifies with the saved Alipay public key means all of them
 * work; {@code isv.invalid-signature} or {@code isv.invalid-app-id} means they do not.
 */
final class AlipayProbe implements ChannelProbe {

    static final String NEVER_ISSUED_CODE = "payerid-channel-test-code";

    private final AlipayClients clients;
    private final AlipayOAuthChannel channel;

    AlipayProbe(AlipayClients clients, AlipayOAuthChannel channel) {
        this.clients = clients;
        this.channel = channel;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.ALIPAY;
    }

    @Override
    public void requireComplete(ChannelConfig saved) {
        clients.forApp(AlipayApp.from(saved));
    }

    @Override
    public String call(ChannelConfig saved) {
        try {
            channel.exchange(saved, Scope.BASE, NEVER_ISSUED_CODE, null);
            return "Alipay redeemed the test code";
        } catch (PayerIdException e) {
            if (e.code() == ErrorCode.AUTH_CODE_INVALID) {
                return "app_id and signature accepted; the test code was refused as expected (" + e.detail() + ")";
            }
            throw e;
        }
    }
}
