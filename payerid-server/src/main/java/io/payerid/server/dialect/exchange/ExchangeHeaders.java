package io.payerid.server.dialect.exchange;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The seed's protocol headers. Names are matched case-insensitively (HTTP), but the sign string uses the
 * seed's spelling. {@code signType} takes part in the signature only when the caller sent it.
 */
public record ExchangeHeaders(String businessId, String nonce, String timestamp, String sign, String signType) {

    public static final String BUSINESS_ID = "businessId";
    public static final String NONCE = "nonce";
    public static final String TIMESTAMP = "timestamp";
    public static final String SIGN = "sign";
    public static final String SIGN_TYPE = "signType";

    public static ExchangeHeaders of(HttpServletRequest request) {
        return new ExchangeHeaders(value(request, BUSINESS_ID), value(request, NONCE), value(request, TIMESTAMP),
                value(request, SIGN), value(request, SIGN_TYPE));
    }

    /** The headers the signature covers (all but sign); empty ones are dropped by the canonical string. */
    public Map<String, String> signed() {
        Map<String, String> signed = new LinkedHashMap<>();
        signed.put(BUSINESS_ID, businessId);
        signed.put(NONCE, nonce);
        signed.put(TIMESTAMP, timestamp);
        if (signType != null) {
            signed.put(SIGN_TYPE, signType);
        }
        return signed;
    }

    private static String value(HttpServletRequest request, String name) {
        String value = request.getHeader(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
