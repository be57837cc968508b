package io.payerid.core.flow;

import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import java.util.Optional;

/**
 * An upstream browser-OAuth protocol (WeChat web OAuth, Alipay publicAppAuthorize, UnionPay userAuth).
 * Implementations live in the channels module and only translate: no tenancy, sealing or de-duplication.
 */
public interface OAuthChannel {

    ChannelKind kind();

    /**
     * The upstream URL to send the payer to.
     *
     * @param callbackUrl   our callback (it already carries the sealed flow state)
     * @param upstreamState short [A-Za-z0-9] value the upstream must echo back
     */
    String authorizationUrl(ChannelConfig config, Scope scope, String callbackUrl, String upstreamState);

    /**
     * The one-time code in the upstream's callback; empty when the payer refused.
     *
     * @throws io.payerid.core.error.PayerIdException when the upstream reported another failure
     */
    Optional<String> code(UpstreamCallback callback);

    /**
     * The state the upstream echoed back. Upstreams that echo nothing (UnionPay) get it back by
     * carrying it in the callback URL themselves.
     */
    Optional<String> echoedState(UpstreamCallback callback);

    /**
     * Redeems the code (exactly once per code: the flow de-duplicates around this call).
     *
     * @throws io.payerid.core.error.PayerIdException AUTH_CODE_INVALID, UPSTREAM_ERROR or UPSTREAM_UNAVAILABLE
     */
    PayerIdentity exchange(ChannelConfig config, Scope scope, String code, UpstreamCallback callback);
}
