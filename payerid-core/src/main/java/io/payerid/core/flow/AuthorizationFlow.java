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
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.TenantDirectory;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one browser flow every API translates onto: check the target against the merchant's whitelist,
 * seal the context (bound to the payer's browser) into our callback URL, send the payer upstream; on
 * return open the seal, check it is the same browser, complete the flow once with one code (duplicate
 * callbacks for that code reuse the first result, any other code is refused), and hand back the identity.
 */
public final class AuthorizationFlow {

    /** How long a redeemed code's result is kept for duplicate callbacks (WeChat codes live 5 minutes). */
    static final Duration CODE_RESULT_TTL = Duration.ofMinutes(10);

    /** Key prefix of completed flows in the shared store: flow id → code hash and identity. */
    static final String COMPLETED_PREFIX = "flow:";

    /**
     * Key prefix of a code's claim, written before its upstream exchange: a later exchange that finds the claim
     * and no result knows an earlier one may have spent the code upstream and never stored what it got.
     */
    static final String CLAIM_PREFIX = "oauth-code-claim:";

    /** Key prefix of flows restarted after a lost exchange: each flow is restarted at most once. */
    static final String RESTART_PREFIX = "flow-restart:";


    private final TenantDirectory tenants;
    private final SealedState sealedState;
    private final SharedStateStore store;
    private final Map<ChannelKind, OAuthChannel> channels = new EnumMap<>(ChannelKind.class);
    private final Clock clock;
    private final Duration flowTtl;
    private final String callbackBaseUrl;
    private final String gatewayPagesPrefix;
    private final FlowObserver observer;

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
        this(tenants, sealedState, store, channels, clock, flowTtl, callbackBaseUrl, gatewayPagesPrefix, FlowObserver.NONE);
    }

    /** @param observer told of each start, completion, failure and upstream exchange (metrics) */
    public AuthorizationFlow(TenantDirectory tenants, SealedState sealedState, SharedStateStore store,
                             List<OAuthChannel> channels, Clock clock, Duration flowTtl, String callbackBaseUrl,
                             String gatewayPagesPrefix, FlowObserver observer) {
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
        this.observer = observer;
    }

    /**
     * Returns the upstream URL to send the payer to; the callback will only be accepted from a browser
     * holding {@code browser} (the web layer keeps it in a cookie).
     */
    public StartedFlow start(AuthorizationRequest request, BrowserKey browser) {
        try {
            return started(request.merchant(), context(request).boundTo(browser));
        } catch (PayerIdException e) {
            observer.failed(request.channel(), request.dialect(), request.app() == null ? "" : request.app().appId(), e.code());
            throw e;
        }
    }

    /**
     * Checks a request and returns its flow context, not yet bound to a browser: for a link the merchant
     * shows itself ({@link FlowLinks}), bound by {@link #start(FlowContext, BrowserKey)} when a browser opens it.
     */
    public FlowContext prepare(AuthorizationRequest request) {
        return context(request);
    }

    /** Starts a prepared flow in the browser holding {@code browser}, re-checking what may have changed since. */
    public StartedFlow start(FlowContext prepared, BrowserKey browser) {
        FlowLogContext.enter(prepared);
        try {
            return startPrepared(prepared, browser);
        } catch (PayerIdException e) {
            observer.failed(prepared.channel(), prepared.dialect(), prepared.appId(), e.code());
            throw e;
        }
    }

    private StartedFlow startPrepared(FlowContext prepared, BrowserKey browser) {
        Merchant merchant = tenants.merchantById(prepared.merchantId())
                .orElseThrow(() -> new PayerIdException(ErrorCode.MERCHANT_NOT_FOUND, "merchant no longer exists"));
        if (!merchant.enabled()) {
            throw new PayerIdException(ErrorCode.MERCHANT_DISABLED, "merchant " + merchant.mchNo() + " is disabled");
        }
        if (!prepared.appId().isEmpty()) {
            tenants.appByAppId(prepared.appId()).ifPresent(MerchantApp::requireEnabled);
        }
        requireWhitelisted(merchant, prepared.redirectUri());
        return started(merchant, prepared.boundTo(browser));
    }

    private FlowContext context(AuthorizationRequest request) {
        Merchant merchant = request.merchant();
        if (!merchant.enabled()) {
            throw new PayerIdException(ErrorCode.MERCHANT_DISABLED, "merchant " + merchant.mchNo() + " is disabled");
        }
        if (request.app() != null) {
            request.app().requireEnabled();
        }
        requireWhitelisted(merchant, request.redirectUri());
        FlowContext context = new FlowContext(FlowIds.next(), request.channel(), request.dialect(),
                request.app() == null ? "" : request.app().appId(), merchant.id(), request.redirectUri(), request.scope(),
                request.merchantState(), clock.instant().plus(flowTtl).getEpochSecond(), request.attributes());
        FlowLogContext.enter(context);
        return context;
    }

    private StartedFlow started(Merchant merchant, FlowContext context) {
        String callbackUrl = callbackUrl(context.channel(), sealedState.seal(context));
        StartedFlow started = new StartedFlow(channel(context.channel()).authorizationUrl(config(merchant, context.channel()),
                context.scope(), callbackUrl, context.flowId()), callbackUrl);
        observer.started(context);
        return started;
    }

    private String callbackUrl(ChannelKind kind, String sealed) {
        return callbackBaseUrl + "/" + slug(kind) + "/" + sealed;
    }

    /**
     * Finishes a flow from the upstream's callback, brought by a browser holding {@code browser} (empty:
     * it sent none).
     *
     * @throws PayerIdException when the sealed state itself is unusable (nowhere safe to redirect to), the
     *                          browser is not the one that started the flow, or the flow was already
     *                          completed with another code: those are shown to whoever holds the browser
     */
    public FlowCompletion complete(ChannelKind kind, String sealed, UpstreamCallback callback, Optional<BrowserKey> browser) {
        FlowContext context;
        try {
            context = sealedState.open(sealed);
        } catch (PayerIdException e) {
            observer.failed(kind, "", "", e.code());
            throw e;
        }
        FlowLogContext.enter(context);
        try {
            FlowCompletion completion = finish(kind, context, sealed, callback, browser);
            if (completion.succeeded()) {
                observer.completed(context);
            } else if (!completion.restarted()) {
                observer.failed(context.channel(), context.dialect(), context.appId(), completion.error().code());
            }
            return completion;
        } catch (PayerIdException e) {
            observer.failed(context.channel(), context.dialect(), context.appId(), e.code());
            throw e;
        }
    }

    private FlowCompletion finish(ChannelKind kind, FlowContext context, String sealed, UpstreamCallback callback,
                                  Optional<BrowserKey> browser) {
        if (context.channel() != kind) {
            throw new PayerIdException(ErrorCode.FLOW_STATE_INVALID, "state was issued for another channel");
        }
        OAuthChannel channel = channel(kind);
        if (!ConstantTime.equals(context.flowId(), channel.echoedState(callback).orElse(null))) {
            throw new PayerIdException(ErrorCode.FLOW_STATE_INVALID, "upstream state does not match the flow");
        }
        requireSameBrowser(context, browser);
        try {
            Merchant merchant = tenants.merchantById(context.merchantId())
                    .orElseThrow(() -> new PayerIdException(ErrorCode.MERCHANT_NOT_FOUND, "merchant no longer exists"));
            requireWhitelisted(merchant, context.redirectUri());
            String code = channel.code(callback)
                    .orElseThrow(() -> new PayerIdException(ErrorCode.PAYER_DENIED, "the payer did not authorize"));
            ChannelConfig config = config(merchant, kind);
            try {
                return FlowCompletion.success(context, completeOnce(context, channel, config, code, callback));
            } catch (CodeSpentByLostLoader lost) {
                return restartOnce(context, channel, config, sealed, lost.refusal());
            }
        } catch (PayerIdException e) {
            if (e.code() == ErrorCode.FLOW_ALREADY_COMPLETED) {
                throw e;
            }
            return FlowCompletion.failure(context, e);
        }
    }

    /**
     * The code was spent upstream by an exchange whose node died before storing the result (its retry, on
     * any node, gets "code used"). The payer did nothing wrong, so the same browser is sent upstream again
     * with the same sealed callback: a base-scope authorization returns at once with a fresh code, a consent
     * scope asks once more. Once per flow, so a code the upstream keeps refusing ends in the usual error.
     */
    private FlowCompletion restartOnce(FlowContext context, OAuthChannel channel, ChannelConfig config, String sealed,
                                       PayerIdException refusal) {
        if (!store.putIfAbsent(RESTART_PREFIX + context.flowId(), "1", untilExpiry(context))) {
            return FlowCompletion.failure(context, refusal);
        }
        String upstreamUrl = channel.authorizationUrl(config, context.scope(), callbackUrl(context.channel(), sealed),
                context.flowId());
        return FlowCompletion.restart(context, upstreamUrl);
    }

    private static void requireSameBrowser(FlowContext context, Optional<BrowserKey> browser) {
        if (!context.boundToBrowser()) {
            // Every start binds; an unbound context is a prepared link's, sealed under another key.
            throw new PayerIdException(ErrorCode.FLOW_STATE_INVALID, "authorization state is not bound to a browser");
        }
        if (browser.isEmpty()) {
            throw new PayerIdException(ErrorCode.FLOW_BROWSER_MISMATCH,
                    "the browser sent no flow cookie: the authorization was started in another browser, or cookies are blocked");
        }
        if (!ConstantTime.equals(context.browserHash(), browser.get().hash())) {
            throw new PayerIdException(ErrorCode.FLOW_BROWSER_MISMATCH, "the authorization was started in another browser");
        }
    }

    /**
     * A flow completes once: the first code to succeed is recorded under the flow id until the flow expires.
     * The same code again (WeChat's double callback) gets the recorded identity; another code is refused, so
     * a finished flow's callback URL cannot be reused with a different payer's code.
     */
    private PayerIdentity completeOnce(FlowContext context, OAuthChannel channel, ChannelConfig config, String code,
                                       UpstreamCallback callback) {
        String codeHash = Digests.hmacSha256Hex(context.flowId(), code, HexCase.LOWER);
        String record = store.computeIfAbsent(COMPLETED_PREFIX + context.flowId(), untilExpiry(context), () -> {
            PayerIdentity identity = redeemOnce(channel, config, context.scope(), code, callback);
            if (identity.snapshot()) {
                // Not recorded: the payer's "使用完整服务" brings a fresh code for the same flow.
                throw new PayerIdException(ErrorCode.SNAPSHOT_USER, "WeChat snapshot-mode user: no real payer identity");
            }
            return codeHash + " " + PayerIdentityCodec.encode(identity);
        });
        int space = record.indexOf(' ');
        if (space < 0 || !ConstantTime.equals(record.substring(0, space), codeHash)) {
            throw new PayerIdException(ErrorCode.FLOW_ALREADY_COMPLETED, "the authorization was already completed with another code");
        }
        return PayerIdentityCodec.decode(record.substring(space + 1));
    }

    private Duration untilExpiry(FlowContext context) {
        long seconds = context.expiresAt() - clock.instant().getEpochSecond();
        return Duration.ofSeconds(Math.max(1, seconds + 1));
    }

    private PayerIdentity redeemOnce(OAuthChannel channel, ChannelConfig config, Scope scope, String code,
                                     UpstreamCallback callback) {
        String upstreamApp = config.setting("appId").orElse(config.id());
        // Hash the code: it is a credential and store keys may be visible to operators (Redis MONITOR).
        String codeId = channel.kind() + ":" + upstreamApp + ":" + Digests.hmacSha256Hex(upstreamApp, code, HexCase.LOWER);
        String encoded = store.computeIfAbsent("oauth-code:" + codeId, CODE_RESULT_TTL,
                () -> PayerIdentityCodec.encode(exchangeClaimed(codeId, channel, config, scope, code, callback)));
        return PayerIdentityCodec.decode(encoded);
    }

    /**
     * Claims the code, then exchanges it. The claim outlives a loader that never finished (a node killed in
     * the upstream call), so its retry can tell "the upstream refused a code it redeemed for a dead node"
     * ({@link CodeSpentByLostLoader}) from a code that was simply bad.
     */
    private PayerIdentity exchangeClaimed(String codeId, OAuthChannel channel, ChannelConfig config, Scope scope,
                                          String code, UpstreamCallback callback) {
        boolean claimedEarlier = !store.putIfAbsent(CLAIM_PREFIX + codeId, "1", CODE_RESULT_TTL);
        long startedAt = System.nanoTime();
        String outcome = "error";
        try {
            PayerIdentity identity = channel.exchange(config, scope, code, callback);
            outcome = "ok";
            return identity;
        } catch (PayerIdException e) {
            outcome = e.code().name();
            if (claimedEarlier && e.code() == ErrorCode.AUTH_CODE_INVALID) {
                throw new CodeSpentByLostLoader(e);
            }
            throw e;
        } finally {
            observer.upstreamCall(channel.kind(), "oauth.exchange", outcome, System.nanoTime() - startedAt);
        }
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
}
