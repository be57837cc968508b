package io.payerid.channels.unionpay;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.flow.OAuthChannel;
import io.payerid.core.flow.PayerIdentity;
import io.payerid.core.flow.Scope;
import io.payerid.core.flow.UpstreamCallback;
import io.payerid.core.redirect.RedirectUris;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.UnionPayAcquirer;
import io.payerid.core.unionpay.AppUpIdentifier;
import io.payerid.core.unionpay.UnionPayUserIdExchange;
import io.payerid.core.unionpay.UserAuthCode;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * UnionPay (云闪付 and bank apps implementing 银联JS支付) payer identity: the browser goes to
 * {@code {qr host}/qrcGtwWeb-web/api/userAuth?version=…&redirectUrl=…}, UnionPay comes back with
 * {@code userAuthCode} and {@code respCode}, and the merchant's acquirer turns the code into a user_id.
 *
 * <ul>
 *   <li><b>State.</b> UnionPay echoes nothing but its own two parameters, so the upstream state rides in
 *       our callback URL as {@code state=…} and comes back with it.</li>
 *   <li><b>respCode.</b> {@code 00} = authorized. {@link #PAYER_CANCELLED} codes mean the payer backed out
 *       (PAYER_DENIED). Any other code is an upstream failure (UPSTREAM_ERROR). A callback with a
 *       userAuthCode but no respCode is taken as authorized: the acquirer judges the code anyway.</li>
 *   <li><b>Scope.</b> UnionPay has no profile scope: {@code userinfo} is served like {@code base}.</li>
 *   <li><b>App identifier.</b> The exchange needs the app the payer is in; it comes from the User-Agent
 *       of the callback request (the payer's app browser), 云闪付 by default.</li>
 * </ul>
 * The identity is the user_id under the acquirer merchant (channelAppId = mch_id); no openid, no unionid.
 */
public final class UnionPayOAuthChannel implements OAuthChannel {

    public static final String OFFICIAL_QR_HOST = "https://qr.95516.com";
    static final String USER_AUTH_PATH = "/qrcGtwWeb-web/api/userAuth";
    static final String STATE_PARAM = "state";
    static final String RESP_SUCCESS = "00";
    /**
     * respCodes read as "the payer cancelled". UnionPay publishes no such code for userAuth (a payer who
     * backs out usually just closes the page); {@code 01} is what the sandbox's 取消 button sends.
     */
    static final Set<String> PAYER_CANCELLED = Set.of("01");

    private final String qrHost;
    private final UnionPayUserIdExchange exchange;

    /**
     * @param qrHost replaces {@link #OFFICIAL_QR_HOST} (browser-facing), e.g. the sandbox's
     *               {@code http://localhost:8080/sandbox/unionpay/qr}
     */
    public UnionPayOAuthChannel(String qrHost, UnionPayUserIdExchange exchange) {
        this.qrHost = qrHost.endsWith("/") ? qrHost.substring(0, qrHost.length() - 1) : qrHost;
        this.exchange = exchange;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.UNIONPAY;
    }

    @Override
    public String authorizationUrl(ChannelConfig config, Scope scope, String callbackUrl, String upstreamState) {
        // Read the configuration now, so a merchant without one learns it before the payer leaves.
        UnionPayAcquirer acquirer = UnionPayAcquirer.from(config);
        String callbackWithState = RedirectUris.appendQuery(callbackUrl, Map.of(STATE_PARAM, upstreamState));
        return qrHost + USER_AUTH_PATH + "?version=" + RedirectUris.encode(acquirer.authVersion())
                + "&redirectUrl=" + RedirectUris.encode(callbackWithState);
    }

    @Override
    public Optional<String> code(UpstreamCallback callback) {
        Optional<String> respCode = callback.param("respCode");
        Optional<String> userAuthCode = callback.param("userAuthCode");
        if (respCode.isEmpty() || respCode.get().equals(RESP_SUCCESS)) {
            return Optional.of(UserAuthCode.normalize(userAuthCode.orElseThrow(() -> new PayerIdException(
                    ErrorCode.UPSTREAM_ERROR, "UnionPay returned without userAuthCode (respCode "
                    + respCode.orElse("absent") + ")"))));
        }
        if (PAYER_CANCELLED.contains(respCode.get())) {
            return Optional.empty();
        }
        throw new PayerIdException(ErrorCode.UPSTREAM_ERROR, "UnionPay userAuth failed with respCode " + shortened(respCode.get()));
    }

    @Override
    public Optional<String> echoedState(UpstreamCallback callback) {
        return callback.param(STATE_PARAM);
    }

    @Override
    public PayerIdentity exchange(ChannelConfig config, Scope scope, String code, UpstreamCallback callback) {
        UnionPayAcquirer acquirer = UnionPayAcquirer.from(config);
        String userId = exchange.userId(acquirer, code, AppUpIdentifier.fromUserAgent(callback.userAgent()));
        return new PayerIdentity(kind(), acquirer.mchId(), null, null, userId, false, null);
    }

    private static String shortened(String value) {
        String clean = value.replaceAll("[^A-Za-z0-9_-]", "?");
        return clean.length() <= 16 ? clean : clean.substring(0, 16) + "…";
    }
}
