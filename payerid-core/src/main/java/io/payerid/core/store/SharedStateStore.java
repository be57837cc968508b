package io.payerid.core.store;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one place for state that several gateway nodes must agree on: used nonces, de-duplicated
 * authorization codes, upstream access tokens, rate limits. Values are strings (callers serialise)
 * so a networked implementation (Redis) can hold them unchanged.
 */
public interface SharedStateStore {

    /** Stores the value only if the key is absent; true when this call stored it (first use of a nonce). */
    boolean putIfAbsent(String key, String value, Duration ttl);

    Optional<String> get(String key);

    void put(String key, String value, Duration ttl);

    void delete(String key);

    /**
     * Deletes the key only while it still holds exactly {@code expectedValue}, atomically; true when this
     * call deleted it. Lets a caller drop the value it saw go bad without throwing away a newer one another
     * caller stored meanwhile (a Redis implementation does this with a compare-and-delete script).
     */
    boolean deleteIfEquals(String key, String expectedValue);

    /**
     * Returns the key's value, running {@code loader} when it is absent. Concurrent callers for the same
     * key wait for the one running loader instead of running their own (single flight), so an
     * upstream call with a side effect (redeeming a one-time code, refreshing a token) happens once.
     * A loader that throws stores nothing; its exception reaches every waiting caller.
     */
    String computeIfAbsent(String key, Duration ttl, Supplier<String> loader);
}
