package io.payerid.core.tenant;

import java.util.Objects;

/**
 * A secret value (app key, appsecret, private key). Its {@code toString} never reveals it, so a
 * domain object that holds one can be logged safely.
 */
public final class Secret {

    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    public static Secret of(String value) {
        return value == null || value.isEmpty() ? null : new Secret(value);
    }

    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "******";
    }
}
