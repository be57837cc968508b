package io.payerid.core.flow;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.redirect.RedirectWhitelist;
import io.payerid.core.seal.SealedState;
import io.payerid.core.signing.ConstantTime;
import io.payerid.core.signing.Digests;
import io.payerid.core.signing.HexCase;
import io.payerid.core.store.SharedStateStore;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.TenantDirectory;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one browser flow every API translates onto: check the target against the merchant's whitelist,
 * seal the context into our callback URL, send the payer upstream; on return open the seal, redeem
 * the code once (duplicate callbacks reuse the first result), and hand back the identity.
 */
public final class AuthorizationFlow {

    /** How long a redeemed code's result is kept for duplicate callbacks (WeChat codes live 5 minutes). */
    static final Duration CODE_RESULT_TTL = Duration.ofMinutes(10);

    private static final char[] ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TenantDirectory tenants;
    private final SealedState sealedState;
    private final SharedStateStore store;
    private final Map<ChannelKind, OAuthChannel> channels = new EnumMap<>(ChannelKind.class);
    private final Clock clock;
    private final Duration flowTtl;
    private final String callbackBaseUrl;
    private final String gatewayPagesPrefix;

    /**
     * @param callbackBaseUrl public URL of the callback endpoint without the trailing slash,
     *                        e.g. {@code https://pay.example.com/v1/oauth/callback}
     */
    public AuthorizationFlow(TenantDirectory tenants, SealedState sealedState, SharedStateStore store,
                             List<OAuthChannel> channels, Clock clock, Duration flowTtl, String callbackBaseUrl) {
        this(tenants, sealedState, store, channels, clock, flowTtl, callbackBaseUrl, null);
    }

    /**
     * @param gatewayPagesPrefix public URL prefix of the gateway's own payer pages, ending in {@code /}, e.g.
     *                           {@code https://pay.example.com/v1/pages/}: a dialect whose payer finishes on a
     *                           gateway-hosted page (not on the merchant's site) targets one of these, which
     *                           need no merchant whitelist entry. Null: every target must be whitelisted.
     */
    public AuthorizationFlow(TenantDirectory tenants, SealedState sealedState, SharedStateStore store,
                             List<OAuthChannel> channels, Clock clock, Duration flowTtl, String callbackBaseUrl,
                             String gatewayPagesPrefix) {
        if (gatewayPagesPrefix != null && !gatewayPagesPrefix.endsWith("/")) {
            throw new IllegalArgumentException("gatewayPagesPrefix must end with '/' so it pins the host");
        }
        this.gatewayPagesPrefix = gatewayPagesPrefix;
        this.tenants = tenants;
        this.sealedState = sealedState;
        this.store = store;
        channels.forEach(c -> this.channels.put(c.kind(), c));
        this.clock = clock;
        this.flowTtl = flowTtl;
        this.callbackBaseUrl = callbackBaseUrl;
    }

    /** Returns the upstream URL to send the payer to. */
    public String start(AuthorizationRequest request) {
        Merchant merchant = request.merchant();
        if (!merchant.enabled()) {
            throw new PayerIdException(ErrorCode.MERCHANT_DISABLED, "merchant " + merchant.mchNo() + " is disabled");
        }
        requireWhitelisted(merchant, request.redirectUri());
        OAuthChannel channel = channel(request.channel());
        ChannelConfig config = config(merchant, request.channel());
        String flowId = randomAlphanumeric(22);
        FlowContext context = new FlowContext(flowId, request.channel(), request.dialect(), request.app() == null ? "" : request.app().appId(),
                merchant.id(), request.redirectUri(), request.scope(), request.merchantState(),
                clock.instant().plus(flowTtl).getEpochSecond(), request.attributes());
        String callbackUrl = callbackBaseUrl + "/" + slug(request.channel()) + "/" + sealedState.seal(context);
        return channel.authorizationUrl(config, request.scope(), callbackUrl, flowId);
    }

    /**
     * Finishes a flow from the upstream's callback.
     *
     * @throws PayerIdException when the sealed state itself is unusable (nowhere safe to redirect to)
     */
    public FlowCompletion complete(ChannelKind kind, String sealed, UpstreamCallback callback) {
        FlowContext context = sealedState.open(sealed);
        if (context.channel() != kind) {
            throw new PayerIdException(ErrorCode.FLOW_STATE_INVALID, "state was issued for another channel");
        }
        OAuthChannel channel = channel(kind);
        if (!ConstantTime.equals(context.flowId(), channel.echoedState(callback).orElse(null))) {
            throw new PayerIdException(ErrorCode.FLOW_STATE_INVALID, "upstream state does not match the flow");
        }
        try {
            Merchant merchant = tenants.merchantById(context.merchantId())
                    .orElseThrow(() -> new PayerIdException(ErrorCode.MERCHANT_NOT_FOUND, "merchant no longer exists"));
            requireWhitelisted(merchant, context.redirectUri());
            String code = channel.code(callback)
                    .orElseThrow(() -> new PayerIdException(ErrorCode.PAYER_DENIED, "the payer did not authorize"));
            ChannelConfig config = config(merchant, kind);
            PayerIdentity identity = redeemOnce(channel, config, context.scope(), code, callback);
            if (identity.snapshot()) {
                throw new PayerIdException(ErrorCode.SNAPSHOT_USER, "WeChat snapshot-mode user: no real payer identity");
            }
            return FlowCompletion.success(context, identity);
        } catch (PayerIdException e) {
            return FlowCompletion.failure(context, e);
        }
    }

    private PayerIdentity redeemOnce(OAuthChannel channel, ChannelConfig config, Scope scope, String code,
                                     UpstreamCallback callback) {
        String upstreamApp = config.setting("appId").orElse(config.id());
        // Hash the code: it is a credential and store keys may be visible to operators (Redis MONITOR).
        String key = "oauth-code:" + channel.kind() + ":" + upstreamApp + ":" + Digests.hmacSha256Hex(upstreamApp, code, HexCase.LOWER);
        String encoded = store.computeIfAbsent(key, CODE_RESULT_TTL,
                () -> PayerIdentityCodec.encode(channel.exchange(config, scope, code, callback)));
        return PayerIdentityCodec.decode(encoded);
    }

    private void requireWhitelisted(Merchant merchant, String redirectUri) {
        if (isGatewayPage(redirectUri)) {
            return;
        }
        if (!new RedirectWhitelist(tenants.whitelist(merchant.id())).allows(redirectUri)) {
            throw new PayerIdException(ErrorCode.REDIRECT_NOT_ALLOWED,
                    "redirect URI is not in the whitelist of merchant " + merchant.mchNo());
        }
    }

    /** The gateway's own pages are not the merchant's to whitelist; the prefix ends in '/', so the host is fixed. */
    private boolean isGatewayPage(String redirectUri) {
        return gatewayPagesPrefix != null && redirectUri != null && redirectUri.startsWith(gatewayPagesPrefix);
    }

    private OAuthChannel channel(ChannelKind kind) {
        OAuthChannel channel = channels.get(kind);
        if (channel == null) {
            throw new PayerIdException(ErrorCode.UNSUPPORTED_CHANNEL, "no OAuth flow for channel " + kind);
        }
        return channel;
    }

    private ChannelConfig config(Merchant merchant, ChannelKind kind) {
        return tenants.effectiveChannel(merchant, kind).orElseThrow(() -> new PayerIdException(
                ErrorCode.CHANNEL_NOT_CONFIGURED, kind + " is not configured for merchant " + merchant.mchNo()));
    }

    /** Path segment of a channel's callback, e.g. {@code wechat_oa}. */
    public static String slug(ChannelKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    static String randomAlphanumeric(int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = ALPHANUMERIC[RANDOM.nextInt(ALPHANUMERIC.length)];
        }
        return new String(out);
    }
}
