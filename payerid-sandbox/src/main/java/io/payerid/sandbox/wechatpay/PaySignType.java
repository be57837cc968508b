package io.payerid.sandbox.wechatpay;

import java.util.Optional;

/** The two sign types of WeChat Pay v2, by their exact wire names; an absent {@code sign_type} means MD5. */
enum PaySignType {
    MD5("MD5"),
    HMAC_SHA256("HMAC-SHA256");

    private final String wireName;

    PaySignType(String wireName) {
        this.wireName = wireName;
    }

    String wireName() {
        return wireName;
    }

    static Optional<PaySignType> fromWire(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.of(MD5);
        }
        for (PaySignType type : values()) {
            if (type.wireName.equals(value)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
