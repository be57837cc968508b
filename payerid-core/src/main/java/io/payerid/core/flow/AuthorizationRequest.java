package io.payerid.core.flow;

import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import java.util.Map;

/**
 * An authenticated request to identify a payer, as any API (native or seed dialect) expresses it.
 * The caller has already authenticated {@code app} (or the dialect's equivalent).
 */
public record AuthorizationRequest(Merchant merchant, MerchantApp app, ChannelKind channel, String dialect,
                                   String redirectUri, Scope scope, String merchantState,
                                   Map<String, String> attributes) {
}
