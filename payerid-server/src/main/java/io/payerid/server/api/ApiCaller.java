package io.payerid.server.api;

import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;

/** An authenticated merchant app and the sign type it used (answers are signed the same way). */
public record ApiCaller(Merchant merchant, MerchantApp app, SignType signType) {
}
