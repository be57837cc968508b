package io.payerid.server.dialect.wxcompat;

import io.payerid.channels.wechat.PaidOrder;
import io.payerid.core.tenant.Merchant;
import io.payerid.server.api.MerchantPaidUnionIdLookup;
import org.springframework.stereotype.Component;

/**
 * getpaidunionid onto the core lookup, shared by both answer shapes: our token → merchant app → merchant →
 * {@link MerchantPaidUnionIdLookup} (its effective WECHAT_MINIAPP, asked with the gateway's central WeChat
 * token). Failures stay gateway exceptions; {@link WxCompatExceptionHandler} gives them WeChat's errcodes.
 */
@Component
class PaidUnionIdTranslation {

    private final MerchantAppTokens tokens;
    private final WxCompatCallers callers;
    private final MerchantPaidUnionIdLookup lookup;
    private final BothOrderForms bothOrderForms;

    PaidUnionIdTranslation(MerchantAppTokens tokens, WxCompatCallers callers, MerchantPaidUnionIdLookup lookup,
                           WxCompatProperties properties) {
        this.tokens = tokens;
        this.callers = callers;
        this.lookup = lookup;
        this.bothOrderForms = properties.bothOrderForms();
    }

    /** The payer's unionid; WeChat's check order: token (41001/40001/42001), then openid (41009), then the order. */
    String unionid(PaidUnionIdQuery query) {
        Merchant merchant = callers.merchantOf(tokens.resolve(query.accessToken()));
        if (query.openid() == null || query.openid().isBlank()) {
            throw WxErrcodes.of(WxErrcodes.OPENID_MISSING, "missing openid");
        }
        return lookup.lookup(merchant, query.openid(), order(query)).unionid();
    }

    /** Neither form, half a merchant order, or a malformed value: PaidOrder's INVALID_REQUEST, answered 40097. */
    private PaidOrder order(PaidUnionIdQuery query) {
        boolean hasTransactionId = query.transactionId() != null && !query.transactionId().isBlank();
        if (hasTransactionId && bothOrderForms == BothOrderForms.PREFER_TRANSACTION_ID) {
            return PaidOrder.of(query.transactionId(), null, null);
        }
        return PaidOrder.of(query.transactionId(), query.mchId(), query.outTradeNo());
    }
}
