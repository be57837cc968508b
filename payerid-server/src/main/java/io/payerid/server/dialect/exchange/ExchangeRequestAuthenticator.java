package io.payerid.server.dialect.exchange;

import io.payerid.core.store.SharedStateStore;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.TenantDirectory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Authenticates a seed 004 request from its headers and raw body: required headers (3), the business
 * (7), the sign type and signature (2) — checked before the timestamp (5) and the nonce (6), so nobody can
 * burn another business's nonces, and so that answers to 5 and 6 can already be signed.
 */
@Component
public class ExchangeRequestAuthenticator {

    private static final int MAX_NONCE = 64;

    private final TenantDirectory tenants;
    private final ExchangeSignature signature;
    private final SharedStateStore store;
    private final ExchangeProperties properties;
    private final Clock clock;

    public ExchangeRequestAuthenticator(TenantDirectory tenants, ExchangeSignature signature, SharedStateStore store,
                                        ExchangeProperties properties, Clock clock) {
        this.tenants = tenants;
        this.signature = signature;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** The business and sign type, once the signature over the headers and raw body is proven. */
    public ExchangeCaller authenticate(ExchangeHeaders headers, String rawBody) {
        requireHeaders(headers);
        ExchangeSignType type = signType(headers.signType());
        MerchantApp app = tenants.appByAppId(headers.businessId()).orElseThrow(() ->
                new ExchangeRefusal(ExchangeStatus.NOT_FOUND, "unknown businessId " + headers.businessId()));
        if (!app.accepts(type.coreType())) {
            throw new ExchangeRefusal(ExchangeStatus.SIGN_FAILED,
                    "signType " + type.wireName() + " is not enabled for this businessId");
        }
        String content = ExchangeSignature.stringToSign(headers.signed(), rawBody);
        if (!signature.verify(app, type, content, headers.sign())) {
            throw new ExchangeRefusal(ExchangeStatus.SIGN_FAILED, "sign does not match the headers and body");
        }
        return new ExchangeCaller(app, type);
    }

    /** Then the timestamp window and the nonce's first use (the answer to these is already signed). */
    public void requireFresh(ExchangeCaller caller, ExchangeHeaders headers) {
        checkTimestamp(headers.timestamp());
        checkNonce(caller.app(), headers.nonce());
    }

    private static void requireHeaders(ExchangeHeaders headers) {
        List<String> missing = new ArrayList<>();
        if (headers.businessId() == null) {
            missing.add(ExchangeHeaders.BUSINESS_ID);
        }
        if (headers.nonce() == null) {
            missing.add(ExchangeHeaders.NONCE);
        }
        if (headers.timestamp() == null) {
            missing.add(ExchangeHeaders.TIMESTAMP);
        }
        if (headers.sign() == null) {
            missing.add(ExchangeHeaders.SIGN);
        }
        if (!missing.isEmpty()) {
            throw new ExchangeRefusal(ExchangeStatus.MISSING_PARAMS, "missing header " + String.join(", ", missing));
        }
    }

    private static ExchangeSignType signType(String raw) {
        if (raw == null) {
            return ExchangeSignType.DEFAULT;
        }
        return ExchangeSignType.fromHeader(raw).orElseThrow(() ->
                new ExchangeRefusal(ExchangeStatus.SIGN_FAILED, "signType must be SHA256-RSA or MD5"));
    }

    private void checkTimestamp(String raw) {
        long millis;
        try {
            millis = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new ExchangeRefusal(ExchangeStatus.DATA_ERROR, "timestamp must be epoch milliseconds");
        }
        if (Math.abs(clock.millis() - millis) > properties.requestWindow().toMillis()) {
            throw new ExchangeRefusal(ExchangeStatus.TIMESTAMP_OUT_OF_WINDOW,
                    "timestamp is more than " + properties.requestWindow().toSeconds() + "s away from server time");
        }
    }

    /** Remembered for twice the window: a replay inside the window is caught, one outside fails on time. */
    private void checkNonce(MerchantApp app, String nonce) {
        if (nonce.length() > MAX_NONCE) {
            throw new ExchangeRefusal(ExchangeStatus.DATA_ERROR, "nonce must be at most " + MAX_NONCE + " characters");
        }
        String key = "exchange-004:nonce:" + app.appId() + ":" + nonce;
        if (!store.firstUse(key, properties.requestWindow().multipliedBy(2))) {
            throw new ExchangeRefusal(ExchangeStatus.NONCE_REPEATED, "nonce was already used");
        }
    }
}
