package io.payerid.sandbox.unionpay;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

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
        redirectDomains = redirectDomains == null ? List.of()
                : redirectDomains.stream().map(SandboxAcquirerMerchant::normalizeDomain).toList();
    }

    public boolean allowsRedirectHost(String host) {
        return host != null && redirectDomains.contains(normalizeDomain(host));
    }

    /** "Pay.Example:8443" → "pay.example". */
    private static String normalizeDomain(String domain) {
        String host = domain == null ? "" : domain.trim().toLowerCase(Locale.ROOT);
        int colon = host.lastIndexOf(':');
        boolean ipv6Literal = host.startsWith("[");
        if (colon >= 0 && (!ipv6Literal || host.lastIndexOf(']') < colon)) {
            host = host.substring(0, colon);
        }
        return host;
    }

    @Override
    public String toString() {
        // Keep the key out of logs and error messages.
        return "SandboxAcquirerMerchant[mchId=" + mchId + ", redirectDomains=" + redirectDomains + "]";
    }
}
