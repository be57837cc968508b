package io.payerid.server.dialect.exchange;

import io.payerid.core.tenant.MerchantApp;

/** A request whose signature, timestamp and nonce passed: the business (app) and the scheme it signs with. */
public record ExchangeCaller(MerchantApp app, ExchangeSignType signType) {
}
