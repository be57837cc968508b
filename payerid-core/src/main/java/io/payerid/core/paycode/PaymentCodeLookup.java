package io.payerid.core.paycode;

import io.payerid.core.tenant.ChannelConfig;

/**
 * A wallet's payment code → payer id API (WeChat Pay {@code authcodetoopenid}). Implementations live in
 * the channels module and only translate.
 */
public interface PaymentCodeLookup {

    Wallet wallet();

    /**
     * @param config the merchant's effective configuration of {@code wallet().channel()}
     * @throws io.payerid.core.error.PayerIdException PAYMENT_CODE_INVALID, PAYMENT_CODE_EXPIRED,
     *         CHANNEL_NOT_CONFIGURED, UPSTREAM_ERROR or UPSTREAM_UNAVAILABLE
     */
    PaymentCodeIdentity lookup(ChannelConfig config, PaymentCodeQuery query);
}
