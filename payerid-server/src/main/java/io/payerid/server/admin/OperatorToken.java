package io.payerid.server.admin;

import io.payerid.core.signing.ConstantTime;
import java.util.Objects;

/** The admin API's bearer token. Compared in constant time; {@code toString} never shows it. */
public final class OperatorToken {

    private final String value;

    public OperatorToken(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("operator token must not be empty");
        }
        this.value = value;
    }

    public boolean matches(String presented) {
        return presented != null && ConstantTime.equals(value, presented);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OperatorToken other && ConstantTime.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(OperatorToken.class);
    }

    @Override
    public String toString() {
        return "OperatorToken[******]";
    }
}
