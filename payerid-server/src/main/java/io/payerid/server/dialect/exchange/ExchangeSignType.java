package io.payerid.server.dialect.exchange;

import io.payerid.core.signing.SignType;
import java.util.Locale;
import java.util.Optional;

/** The seed's two {@code signType} header values and the core sign type each is enabled as on a MerchantApp. */
public enum ExchangeSignType {
    SHA256_RSA("SHA256-RSA", SignType.RSA2),
    MD5("MD5", SignType.MD5);

    /** The seed: "默认:SHA256-RSA" when the header is absent. */
    public static final ExchangeSignType DEFAULT = SHA256_RSA;

    private final String wireName;
    private final SignType coreType;

    ExchangeSignType(String wireName, SignType coreType) {
        this.wireName = wireName;
        this.coreType = coreType;
    }

    /** Case-insensitive, since header values are often typed by hand; the sign string keeps the value as sent. */
    public static Optional<ExchangeSignType> fromHeader(String value) {
        String v = value.trim().toUpperCase(Locale.ROOT);
        for (ExchangeSignType type : values()) {
            if (type.wireName.equals(v)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public String wireName() {
        return wireName;
    }

    public SignType coreType() {
        return coreType;
    }
}
