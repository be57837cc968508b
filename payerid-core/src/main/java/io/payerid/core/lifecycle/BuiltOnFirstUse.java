package io.payerid.core.lifecycle;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A value built by the first caller that needs it, once, then shared. For upstream HTTP clients: building one
 * loads the TLS trust store, starts threads and sizes a pool, which is start-up time (issue 8 item 5) for a
 * client some deployments never call. Thread-safe; a builder that throws leaves it unbuilt, for the next caller.
 */
public final class BuiltOnFirstUse<T> {

    private final Supplier<T> builder;
    private volatile T value;

    public BuiltOnFirstUse(Supplier<T> builder) {
        this.builder = Objects.requireNonNull(builder, "builder");
    }

    public T get() {
        T built = value;
        if (built == null) {
            synchronized (this) {
                built = value;
                if (built == null) {
                    built = Objects.requireNonNull(builder.get(), "the builder returned null");
                    value = built;
                }
            }
        }
        return built;
    }

    /** The value if a caller has built it (to close it), never building it. */
    public Optional<T> ifBuilt() {
        return Optional.ofNullable(value);
    }
}
