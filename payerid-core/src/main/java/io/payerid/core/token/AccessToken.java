package io.payerid.core.token;

import java.time.Duration;
import java.util.Objects;

/**
 * An app's base access token (接口调用凭据) and how long it stays valid, counted from when this object
 * was made: as the upstream answered it (source), or what is left of it (holder). Its {@code toString}
 * never shows the value, so a token can sit in a logged object without leaking.
 */
public record AccessToken(String value, Duration expiresIn) {

    public AccessToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiresIn, "expiresIn");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an access token must not be blank");
        }
        if (expiresIn.isNegative() || expiresIn.isZero()) {
            throw new IllegalArgumentException("an access token must have time left: " + expiresIn);
        }
    }

    @Override
    public String toString() {
        return "AccessToken[value=******, expiresIn=" + expiresIn + "]";
    }
}
