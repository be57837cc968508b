package io.payerid.server.dialect.jucai;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.paycode.PaymentCodeIdentity;
import io.payerid.core.paycode.PaymentCodeQuery;
import io.payerid.core.paycode.PaymentCodeRouter;
import io.payerid.core.paycode.PaymentCodeService;
import io.payerid.core.paycode.Wallet;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.core.tenant.UnionPayAcquirer;
import io.payerid.core.unionpay.AppUpIdentifier;
import io.payerid.core.unionpay.UnionPayUserIdExchange;
import org.springframework.stereotype.Component;

/**
 * Who {@code authCode} belongs to, through the core services: WeChat payment code → openid (WeChat Pay
 * authcodetoopenid), UnionPay userAuthCode → user_id (the merchant's acquirer).
 */
@Component
class JucaiPayerLookup {

    private final PaymentCodeService paymentCodes;
    private final UnionPayUserIdExchange unionPay;
    private final TenantDirectory tenants;

    JucaiPayerLookup(PaymentCodeService paymentCodes, UnionPayUserIdExchange unionPay, TenantDirectory tenants) {
        this.paymentCodes = paymentCodes;
        this.unionPay = unionPay;
        this.tenants = tenants;
    }

    JucaiPayer lookup(JucaiApp app, JucaiRequest request) {
        return switch (request.wayCode()) {
            case WECHAT -> wechat(app.merchant(), request);
            case UNIONPAY -> unionPay(app, request);
        };
    }

    private JucaiPayer wechat(Merchant merchant, JucaiRequest request) {
        // wayCode promises a WeChat code: another wallet's code must not be answered as if it were one.
        Wallet wallet = PaymentCodeRouter.route(request.authCode());
        if (wallet != Wallet.WECHAT) {
            throw new PayerIdException(ErrorCode.UNSUPPORTED_WALLET,
                    "wayCode WECHAT needs a WeChat payment code; authCode is a " + wallet + " payment code");
        }
        PaymentCodeIdentity identity = paymentCodes.identify(merchant, new PaymentCodeQuery(request.authCode(), request.subAppid()));
        return new JucaiPayer(identity.appId(), identity.openId(), identity.subAppId(), identity.subOpenId());
    }

    private JucaiPayer unionPay(JucaiApp app, JucaiRequest request) {
        AppUpIdentifier identifier = AppUpIdentifier.of(request.subAppid());
        UnionPayAcquirer acquirer = UnionPayAcquirer.from(tenants.effectiveChannel(app.merchant(), ChannelKind.UNIONPAY)
                .orElseThrow(() -> new PayerIdException(ErrorCode.CHANNEL_NOT_CONFIGURED,
                        "merchant " + app.merchant().mchNo() + " has no UNIONPAY configuration")));
        String userId = unionPay.userId(acquirer, request.authCode(), identifier);
        return app.rules().unionPayUserIdField() == JucaiUnionPayIdField.SUB_OPENID
                ? new JucaiPayer("", "", request.subAppid(), userId)
                : new JucaiPayer("", userId, request.subAppid(), "");
    }
}
