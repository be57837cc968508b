package io.payerid.server.admin;

import io.payerid.core.error.PayerIdException;
import io.payerid.core.signing.RsaSigner;
import io.payerid.core.tenant.AlipayApp;
import io.payerid.core.tenant.ChannelMode;
import java.util.Map;

/**
 * What an ALIPAY channel configuration must hold, checked when the operator stores it — a wrong key
 * found here is an INVALID_REQUEST naming the field, instead of every payer's flow failing later.
 */
final class AlipayChannelRules {

    private AlipayChannelRules() {
    }

    static void check(ChannelMode mode, Map<String, String> settings, Map<String, String> secrets) {
        required(settings, "settings", AlipayApp.APP_ID);
        required(settings, "settings", AlipayApp.ALIPAY_PUBLIC_KEY);
        required(secrets, "secrets", AlipayApp.PRIVATE_KEY);
        if (mode == ChannelMode.SERVICE_PROVIDER) {
            required(settings, "settings", AlipayApp.MERCHANT_APP_ID);
            required(secrets, "secrets", AlipayApp.APP_AUTH_TOKEN);
        }
        try {
            RsaSigner.publicKey(settings.get(AlipayApp.ALIPAY_PUBLIC_KEY));
        } catch (IllegalArgumentException e) {
            throw PayerIdException.invalid("settings." + AlipayApp.ALIPAY_PUBLIC_KEY + " must be an RSA public key (X.509, Base64)");
        }
        try {
            RsaSigner.privateKey(secrets.get(AlipayApp.PRIVATE_KEY));
        } catch (IllegalArgumentException e) {
            // Never echo the value: it is a secret even when malformed.
            throw PayerIdException.invalid("secrets." + AlipayApp.PRIVATE_KEY + " must be an RSA private key (PKCS#8, Base64)");
        }
    }

    private static void required(Map<String, String> map, String field, String name) {
        String value = map.get(name);
        if (value == null || value.isBlank()) {
            throw PayerIdException.invalid(field + "." + name + " is required for ALIPAY");
        }
    }
}
