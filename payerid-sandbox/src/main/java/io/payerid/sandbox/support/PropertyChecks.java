package io.payerid.sandbox.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks every simulator's {@code payerid.sandbox.<upstream>.*} setters make, so a bad value fails
 * at startup with the property's full name instead of surfacing as an odd answer later.
 */
public final class PropertyChecks {

    private PropertyChecks() {
    }

    /** A mount point: starts with '/' and does not end with '/'. */
    public static String basePath(String property, String value) {
        if (value == null || !value.startsWith("/") || value.endsWith("/")) {
            throw new IllegalArgumentException(property + " must start with '/' and not end with '/': " + value);
        }
        return value;
    }

    /** A lifetime or window: more than zero. */
    public static Duration positive(String property, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(property + " must be positive: " + value);
        }
        return value;
    }

    /** A key from which ids are derived. */
    public static String notBlank(String property, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(property + " must not be blank");
        }
        return value;
    }

    /** A configured list; an absent one binds as empty, and stays mutable for the binder. */
    public static <T> List<T> orEmpty(List<T> value) {
        return value == null ? new ArrayList<>() : value;
    }
}
