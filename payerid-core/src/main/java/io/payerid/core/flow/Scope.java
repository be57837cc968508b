package io.payerid.core.flow;

import java.util.Locale;
import java.util.Optional;

/** What the merchant asks to learn about the payer: the id only, or the id plus profile (consent page). */
public enum Scope {
    BASE,
    USERINFO;

    public static Optional<Scope> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(BASE);
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "base", "snsapi_base", "auth_base" -> Optional.of(BASE);
            case "userinfo", "user", "snsapi_userinfo", "auth_user" -> Optional.of(USERINFO);
            default -> Optional.empty();
        };
    }
}
