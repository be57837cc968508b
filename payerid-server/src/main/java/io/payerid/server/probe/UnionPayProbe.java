package io.payerid.server.probe;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.UnionPayAcquirer;
import io.payerid.core.unionpay.AppUpIdentifier;
import io.payerid.core.unionpay.UnionPayUserIdExchange;

/**
 * A UnionPay acquirer merchant's mch_id and key, proven by its backend call (userAuthCode → user_id, through the
 * acquirer form the configuration names) with a code UnionPay never issued: the gateway checks the merchant and the
 * signature first (a wrong key is refused at the communication level, 签名错误), then answers a signed "code invalid",
 * which means the key works.
 */
final class UnionPayProbe implements ChannelProbe {

    static final String NEVER_ISSUED_CODE = "payeridChannelTest0000==";

    private final UnionPayUserIdExchange exchange;

    UnionPayProbe(UnionPayUserIdExchange exchange) {
        this.exchange = exchange;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.UNIONPAY;
    }

    @Override
    public void requireComplete(ChannelConfig saved) {
        UnionPayAcquirer.from(saved);
    }

    @Override
    public String call(ChannelConfig saved) {
        try {
            exchange.userId(UnionPayAcquirer.from(saved), NEVER_ISSUED_CODE, AppUpIdentifier.CLOUD_PAY);
            return "the acquirer answered a user_id for the test code";
        } catch (PayerIdException e) {
            if (e.code() == ErrorCode.AUTH_CODE_INVALID) {
                return "merchant and signature accepted; the test code was refused as expected (" + e.detail() + ")";
            }
            throw e;
        }
    }
}
