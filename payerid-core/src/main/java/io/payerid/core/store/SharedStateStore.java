package io.payerid.core.store;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one place for state that several gateway nodes must agree on: used nonces, de-duplicated
 * authorization codes, upstream access tokens, rate limits. Values are strings (callers serialise)
 * so a networked implementation (Redis) can hold them unchanged.
 * <p>
 * Nothing is forgotten before its TTL: an implementation that reaches a bound refuses the write with
 * {@code PayerIdException(STORE_FULL)} instead of evicting (fail closed), and one that cannot be reached
 * throws {@code STORE_UNAVAILABLE}. Keys start with a constant prefix naming their kind
 * ({@code "oauth-code:…"}, see {@link KeySpace}); the in-process store bounds each kind separately.
 */
public interface SharedStateStore {

    /** Key prefix of the retry markers of {@link #firstUseOrRetry} (a key space of its own). */
    String RETRY_PREFIX = "nonce-retry:";

    /**
     * True the first time {@code key} is used within {@code ttl} (a nonce), false on a replay. Stores no
     * value, so an implementation may keep only a keyed fingerprint of the key; such a store answers a
     * fresh key as used with a documented, negligible probability (see {@link TimeBucketedFingerprintSet}).
     */
    default boolean firstUse(String key, Duration ttl) {
        return putIfAbsent(key, "1", ttl);
    }

    /**
     * {@link #firstUse} that forgives one kind of repeat: the same request again (same {@code request}, a
     * fingerprint of the exact signed request, e.g. its signature) within {@code retryGrace} of the first
     * use is answered true, as the retry of a proxy whose first node died after spending the key. Anything
     * else under a used key is false, as with {@link #firstUse}. A zero grace is plain {@link #firstUse}.
     * This default records the retry marker after the key; an implementation may do both atomically.
     */
    default boolean firstUseOrRetry(String key, String request, Duration ttl, Duration retryGrace) {
        String retryKey = RETRY_PREFIX + key + ":" + request;
        if (firstUse(key, ttl)) {
            if (!retryGrace.isZero() && !retryGrace.isNegative()) {
                putIfAbsent(retryKey, "1", retryGrace);
            }
            return true;
        }
        return !retryGrace.isZero() && !retryGrace.isNegative() && get(retryKey).isPresent();
    }

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
