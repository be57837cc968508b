package io.payerid.sandbox.unionpay;

import java.util.List;
import java.util.regex.Pattern;

import io.payerid.sandbox.support.CallbackDomains;

/**
 * A merchant of the sandbox acquirer (条码前置 mch_id): its MD5 key and the callback domains UnionPay has
 * whitelisted for it (registered through the acquirer in real life).
 *
 * @param mchId           the acquirer merchant number
 * @param key             MD5 signing key shared with the merchant
 * @param redirectDomains hosts a userAuth redirectUrl may point to; exact, case-insensitive, port ignored
 */
public record SandboxAcquirerMerchant(String mchId, String key, List<String> redirectDomains) {

    private static final Pattern MCH_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    public SandboxAcquirerMerchant {
        if (mchId == null || !MCH_ID.matcher(mchId).matches()) {
            throw new IllegalArgumentException("mchId must match " + MCH_ID + ": " + mchId);
        }
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("key must not be blank for mchId " + mchId);
        }
        redirectDomains = CallbackDomains.normalizeAll(redirectDomains);
    }

    public boolean allowsRedirectHost(String host) {
        return CallbackDomains.allows(redirectDomains, host);
    }

    @Override
    public String toString() {
        // Keep the key out of logs and error messages.
        return "SandboxAcquirerMerchant[mchId=" + mchId + ", redirectDomains=" + redirectDomains + "]";
    }
}
