package io.payerid.sandbox.wechat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.payerid.sandbox.support.RandomTokens;

/**
 * Apps' base access tokens (接口调用凭据), per {@link BaseTokenFamily}. Each (family, appid) keeps a
 * current token and the previous one: a rotation gives the previous token {@link #OVERLAP} more life
 * (never beyond its own expiry) and retires anything older at once, as WeChat does. Tokens are kept a
 * while past their deadline so callers get 42001 "expired" rather than 40001.
 */
public class BaseAccessTokens {

    /** How long a replaced token keeps working (WeChat: 5 minutes). */
    static final Duration OVERLAP = Duration.ofMinutes(5);

    private static final int TOKEN_LENGTH = 128;
    private static final Duration EXPIRED_RETENTION = Duration.ofHours(1);
    private static final long MAX_TOKENS = 100_000;

    /** What an issuing endpoint hands out: the token and the seconds it has left. */
    record Issued(String token, long expiresInSeconds) {
    }

    private record TokenRecord(String appid, Instant expiresAt, Instant retiredAt) {
        TokenRecord retiredBy(Instant at) {
            return at.isBefore(retiredAt) ? new TokenRecord(appid, expiresAt, at) : this;
        }
    }

    private record Slot(BaseTokenFamily family, String appid) {
    }

    private record Generations(String current, String previous) {
    }

    private final Clock clock;
    private final Duration ttl;
    private final Cache<String, TokenRecord> tokens;
    private final Map<Slot, Generations> generations = new HashMap<>();

    public BaseAccessTokens(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
        this.tokens = Caffeine.newBuilder().expireAfterWrite(ttl.plus(EXPIRED_RETENTION)).maximumSize(MAX_TOKENS).build();
    }

    /** Issues a new current token; the one it replaces keeps working for {@link #OVERLAP}. */
    synchronized Issued rotate(BaseTokenFamily family, String appid) {
        Instant now = clock.instant();
        Slot slot = new Slot(family, appid);
        Generations old = generations.get(slot);
        if (old != null) {
            retire(old.previous(), now);
            retire(old.current(), now.plus(OVERLAP));
        }
        String token = RandomTokens.alphanumeric(TOKEN_LENGTH);
        tokens.put(token, new TokenRecord(appid, now.plus(ttl), Instant.MAX));
        generations.put(slot, new Generations(token, old == null ? null : old.current()));
        return new Issued(token, ttl.toSeconds());
    }

    /** The live current token of the slot with its remaining seconds, if there is one. */
    synchronized Optional<Issued> current(BaseTokenFamily family, String appid) {
        Generations slot = generations.get(new Slot(family, appid));
        if (slot == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        TokenRecord record = tokens.getIfPresent(slot.current());
        if (record == null || !now.isBefore(record.expiresAt()) || !now.isBefore(record.retiredAt())) {
            return Optional.empty();
        }
        return Optional.of(new Issued(slot.current(), Duration.between(now, record.expiresAt()).toSeconds()));
    }

    BaseTokenLookup lookup(String token) {
        TokenRecord record = token == null ? null : tokens.getIfPresent(token);
        Instant now = clock.instant();
        if (record == null || !now.isBefore(record.retiredAt())) {
            return new BaseTokenLookup.Invalid();
        }
        if (!now.isBefore(record.expiresAt())) {
            return new BaseTokenLookup.Expired();
        }
        return new BaseTokenLookup.Valid(record.appid());
    }

    /** Test hook: every token of the app, in both families, expires now (as if WeChat shortened their life). */
    synchronized void expireAll(String appid) {
        Instant now = clock.instant();
        Map<String, TokenRecord> expired = new HashMap<>();
        tokens.asMap().forEach((token, record) -> {
            if (record.appid().equals(appid) && now.isBefore(record.expiresAt())) {
                expired.put(token, new TokenRecord(appid, now, record.retiredAt()));
            }
        });
        tokens.putAll(expired);
    }

    private void retire(String token, Instant at) {
        if (token != null) {
            tokens.asMap().computeIfPresent(token, (key, record) -> record.retiredBy(at));
        }
    }
}
