package io.payerid.sandbox.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * One kind of bearer token (user access tokens, say) with a fixed lifetime. Expired tokens are kept a
 * while after their deadline, so a lookup can answer "expired" rather than "unknown", as upstreams
 * distinguish the two. What a refresh does with the tokens is the simulator's rule, not this table's.
 *
 * <p>Deadlines are checked against the injected {@link Clock} so tests can move time; the cache expiry
 * only bounds memory.
 *
 * @param <G> what a token is issued for
 */
public final class ExpiringTokens<G> {

    private static final Duration EXPIRED_RETENTION = Duration.ofHours(1);
    private static final long MAX_TOKENS = 100_000;

    private record Entry<G>(G grant, Instant deadline) {
    }

    private final Clock clock;
    private final Duration ttl;
    private final Cache<String, Entry<G>> tokens;

    public ExpiringTokens(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
        this.tokens = Caffeine.newBuilder().expireAfterWrite(ttl.plus(EXPIRED_RETENTION)).maximumSize(MAX_TOKENS).build();
    }

    public Duration ttl() {
        return ttl;
    }

    /** Makes {@code token} valid for {@code grant} until the lifetime has passed since {@code issuedAt}. */
    public void add(String token, G grant, Instant issuedAt) {
        tokens.put(token, new Entry<>(grant, issuedAt.plus(ttl)));
    }

    public TokenLookup<G> find(String token) {
        Entry<G> entry = token == null ? null : tokens.getIfPresent(token);
        if (entry == null) {
            return new TokenLookup.Unknown<>();
        }
        if (clock.instant().isAfter(entry.deadline())) {
            return new TokenLookup.Expired<>();
        }
        return new TokenLookup.Found<>(entry.grant());
    }
}
