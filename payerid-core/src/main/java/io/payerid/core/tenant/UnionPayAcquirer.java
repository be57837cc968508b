package io.payerid.core.tenant;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;

/**
 * Typed view of a {@link ChannelKind#UNIONPAY} configuration: the merchant's account at its UnionPay
 * acquirer (条码支付综合前置平台 and the like), which redeems userAuthCodes for user_ids.
 *
 * @param mchId       the acquirer merchant number ({@code mch_id}); also the "app" a user_id is reported under
 * @param key         the MD5 signing key the acquirer issued with it
 * @param signAgentNo optional signing agent number ({@code sign_agentno}) when a service provider signs
 * @param groupNo     optional group merchant number ({@code groupno})
 * @param authVersion {@code version} of the browser userAuth URL ({@code 1.0.0}; some acquirers ask for {@code 1.0.2})
 * @param form        which acquirer interface redeems the codes (setting {@code acquirer}, default 条码前置)
 * @param allinpay    the 通联 account's further settings when {@code form} is ALLINPAY, else null
 */
public record UnionPayAcquirer(String mchId, Secret key, String signAgentNo, String groupNo, String authVersion,
                               UnionPayAcquirerForm form, AllinpayAccount allinpay) {

    /** A 条码前置 account. */
    public UnionPayAcquirer(String mchId, Secret key, String signAgentNo, String groupNo, String authVersion) {
        this(mchId, key, signAgentNo, groupNo, authVersion, UnionPayAcquirerForm.QRC_PREFRONT, null);
    }

    public static final String MCH_ID = "mchId";
    public static final String KEY = "key";
    public static final String SIGN_AGENT_NO = "signAgentNo";
    public static final String GROUP_NO = "groupNo";
    public static final String AUTH_VERSION = "authVersion";
    public static final String DEFAULT_AUTH_VERSION = "1.0.0";

    public static UnionPayAcquirer from(ChannelConfig config) {
        if (config.kind() != ChannelKind.UNIONPAY) {
            throw new IllegalArgumentException("not a UnionPay configuration: " + config.kind());
        }
        String mchId = config.setting(MCH_ID).orElseThrow(() -> misconfigured("settings." + MCH_ID));
        Secret key = config.secret(KEY).orElseThrow(() -> misconfigured("secrets." + KEY));
        String authVersion = config.setting(AUTH_VERSION).orElse(DEFAULT_AUTH_VERSION);
        // It is copied into the payer's URL: keep it to what a version can look like.
        if (!authVersion.matches("[0-9]{1,3}(\\.[0-9]{1,3}){0,3}")) {
            throw misconfigured("a valid settings." + AUTH_VERSION);
        }
        UnionPayAcquirerForm form = UnionPayAcquirerForm.of(config);
        return new UnionPayAcquirer(mchId, key, config.setting(SIGN_AGENT_NO).orElse(null),
                config.setting(GROUP_NO).orElse(null), authVersion, form,
                form == UnionPayAcquirerForm.ALLINPAY ? AllinpayAccount.from(config) : null);
    }

    private static PayerIdException misconfigured(String field) {
        return new PayerIdException(ErrorCode.CHANNEL_NOT_CONFIGURED, "UnionPay acquirer configuration has no " + field);
    }
}
