package io.payerid.core.miniprogram;

import io.payerid.core.crypto.SecretCipher;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.signing.Digests;
import io.payerid.core.signing.HexCase;
import io.payerid.core.store.SharedStateStore;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.TenantDirectory;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who the payer in a mini-program is: the merchant's effective WECHAT_MINIAPP / ALIPAY_MINIAPP configuration
 * redeems the login code once. As in the web flow's callback, the result is kept under a hash of the code in the
 * shared store, so a merchant's retry with the same code gets the same answer and concurrent duplicates (on any
 * node) wait for the one upstream call instead of burning the code a second time.
 */
public final class MiniProgramIdentityService {

    /** How long a redeemed code's answer is kept for retries (WeChat codes live 5 minutes, Alipay's 3 min–24 h). */
    static final Duration CODE_RESULT_TTL = Duration.ofMinutes(10);

    /** Key prefix of redeemed mini-program codes in the shared store (a key space of its own). */
    static final String CODE_PREFIX = "miniapp-code:";

    /** Real codes are 32 letters and digits; anything outside this could smuggle parameters into upstream URLs. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    private final TenantDirectory tenants;
    private final SharedStateStore store;
    private final MiniProgramSessionCodec codec;
    private final Map<ChannelKind, MiniProgramCodeExchange> exchanges = new EnumMap<>(ChannelKind.class);

    public MiniProgramIdentityService(TenantDirectory tenants, SharedStateStore store, SecretCipher cipher,
                                      List<MiniProgramCodeExchange> exchanges) {
        this.tenants = tenants;
        this.store = store;
        this.codec = new MiniProgramSessionCodec(cipher);
        for (MiniProgramCodeExchange exchange : exchanges) {
            if (this.exchanges.putIfAbsent(exchange.kind(), exchange) != null) {
                throw new IllegalArgumentException("two mini-program code exchanges for " + exchange.kind());
            }
        }
    }

    /**
     * @return the session; its session_key is present only when the configuration delivers it
     * @throws PayerIdException UNSUPPORTED_CHANNEL, INVALID_REQUEST, CHANNEL_NOT_CONFIGURED, or the exchange's
     */
    public MiniProgramSession identify(Merchant merchant, ChannelKind kind, String code) {
        MiniProgramCodeExchange exchange = exchanges.get(kind);
        if (exchange == null) {
            throw new PayerIdException(ErrorCode.UNSUPPORTED_CHANNEL, "channel must be WECHAT_MINIAPP or ALIPAY_MINIAPP");
        }
        if (code == null || !CODE.matcher(code).matches()) {
            throw PayerIdException.invalid("code must be 1-128 letters, digits, '_' or '-'");
        }
        ChannelConfig config = tenants.effectiveChannel(merchant, kind)
                .orElseThrow(() -> new PayerIdException(ErrorCode.CHANNEL_NOT_CONFIGURED,
                        "merchant " + merchant.mchNo() + " has no " + kind + " configuration"));
        boolean deliverSessionKey = SessionKeyDelivery.of(config) == SessionKeyDelivery.ENCRYPTED;
        MiniProgramSession session = redeemOnce(exchange, config, code, deliverSessionKey);
        return deliverSessionKey ? session : withoutSessionKey(session);
    }

    private MiniProgramSession redeemOnce(MiniProgramCodeExchange exchange, ChannelConfig config, String code,
                                          boolean keepSessionKey) {
        String upstreamApp = config.setting("appId").orElse(config.id());
        // Hashed: the code is a credential and store keys may be visible to operators (Redis MONITOR).
        String codeId = exchange.kind() + ":" + upstreamApp + ":" + Digests.hmacSha256Hex(upstreamApp, code, HexCase.LOWER);
        String record = store.computeIfAbsent(CODE_PREFIX + codeId, CODE_RESULT_TTL, () -> {
            MiniProgramSession session = exchange.exchange(config, code);
            return codec.encode(keepSessionKey ? session : withoutSessionKey(session));
        });
        return codec.decode(record);
    }

    private static MiniProgramSession withoutSessionKey(MiniProgramSession s) {
        return new MiniProgramSession(s.channel(), s.appId(), s.openId(), s.unionId(), s.userId(), null);
    }
}
