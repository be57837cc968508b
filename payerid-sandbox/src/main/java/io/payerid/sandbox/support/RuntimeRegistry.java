package io.payerid.sandbox.support;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a simulator knows of its apps or merchants: the configured ones plus any registered at runtime
 * through its {@link RegistrationAdmin}, by key (appid, app_id, mch_id). In memory only; the sandbox
 * is a single-node dev tool.
 *
 * @param <T> the simulator's app or merchant type
 */
public class RuntimeRegistry<T> {

    private final Map<String, T> byKey = new ConcurrentHashMap<>();
    private final Function<T, String> keyOf;

    protected RuntimeRegistry(List<T> configured, Function<T, String> keyOf) {
        this.keyOf = keyOf;
        configured.forEach(this::register);
    }

    public Optional<T> find(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(byKey.get(key));
    }

    /** Adds or replaces the entry with the same key (idempotent upsert). */
    public void register(T entry) {
        byKey.put(keyOf.apply(entry), entry);
    }

    /** The key under which {@code entry} is registered. */
    String keyOf(T entry) {
        return keyOf.apply(entry);
    }

    /** A live view of every registered entry, for lookups by something other than the key. */
    protected Collection<T> entries() {
        return byKey.values();
    }
}
