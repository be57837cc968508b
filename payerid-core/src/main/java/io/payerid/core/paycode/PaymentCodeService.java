package io.payerid.core.paycode;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.TenantDirectory;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Identifies the payer behind a scanned payment code for a merchant: routes the code to its wallet,
 * finds the merchant's configuration for that wallet and asks the wallet's lookup.
 */
public final class PaymentCodeService {

    private final TenantDirectory tenants;
    private final Map<Wallet, PaymentCodeLookup> lookups = new EnumMap<>(Wallet.class);

    public PaymentCodeService(TenantDirectory tenants, List<PaymentCodeLookup> lookups) {
        this.tenants = tenants;
        for (PaymentCodeLookup lookup : lookups) {
            if (this.lookups.putIfAbsent(lookup.wallet(), lookup) != null) {
                throw new IllegalArgumentException("two payment-code lookups for " + lookup.wallet());
            }
        }
    }

    public PaymentCodeIdentity identify(Merchant merchant, PaymentCodeQuery query) {
        Wallet wallet = PaymentCodeRouter.route(query.authCode());
        PaymentCodeLookup lookup = lookups.get(wallet);
        if (lookup == null) {
            // Checked before the configuration: no configuration could make this work.
            throw new PayerIdException(ErrorCode.UNSUPPORTED_WALLET,
                    "this is a " + wallet + " payment code; " + wallet + " has no payment code to payer id API");
        }
        ChannelConfig config = tenants.effectiveChannel(merchant, wallet.channel())
                .orElseThrow(() -> new PayerIdException(ErrorCode.CHANNEL_NOT_CONFIGURED,
                        "merchant " + merchant.mchNo() + " has no " + wallet.channel() + " configuration"));
        return lookup.lookup(config, query);
    }
}
