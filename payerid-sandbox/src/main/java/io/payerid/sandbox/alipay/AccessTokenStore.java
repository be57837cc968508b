package io.payerid.sandbox.alipay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * User access tokens (Alipay: {@code expires_in}, commonly 1296000 s) and refresh tokens
 * ({@code re_expires_in}, commonly 2592000 s). A refresh issues a fresh pair. Expired entries are kept a
 * while after their deadline so callers get "expired" rather than "invalid", as Alipay distinguishes.
 */
public class AccessTokenStore {

    private static final int TOKEN_LENGTH = 40;
    private static final Duration EXPIRED_RETENTION = Duration.ofHours(1);
    private static final long MAX_TOKENS = 100_000;

    /** What oauth.token hands out. */
    public record IssuedTokens(String accessToken, String refreshToken, long expiresIn, long reExpiresIn, Instant authStart) {
    }

    private record Entry(AuthGrant grant, Instant deadline) {
    }

    private final Clock clock;
    private final Duration accessTtl;
    private final Duration refreshTtl;
    private final Cache<String, Entry> accessTokens;
    private final Cache<String, Entry> refreshTokens;

    public AccessTokenStore(Clock clock, Duration accessTtl, Duration refreshTtl) {
        this.clock = clock;
        this.accessTtl = accessTtl;
        this.refreshTtl = refreshTtl;
        this.accessTokens = cache(accessTtl);
        this.refreshTokens = cache(refreshTtl);
    }

    private static Cache<String, Entry> cache(Duration ttl) {
        return Caffeine.newBuilder().expireAfterWrite(ttl.plus(EXPIRED_RETENTION)).maximumSize(MAX_TOKENS).build();
    }

    public IssuedTokens issue(AuthGrant grant) {
        Instant now = clock.instant();
        String accessToken = "authusrB" + RandomTokens.alphanumeric(TOKEN_LENGTH);
        String refreshToken = "authusrB" + RandomTokens.alphanumeric(TOKEN_LENGTH);
        accessTokens.put(accessToken, new Entry(grant, now.plus(accessTtl)));
        refreshTokens.put(refreshToken, new Entry(grant, now.plus(refreshTtl)));
        return new IssuedTokens(accessToken, refreshToken, accessTtl.toSeconds(), refreshTtl.toSeconds(), now);
    }

    public TokenLookup findAccessToken(String accessToken) {
        return lookup(accessTokens, accessToken);
    }

    /** A refresh token presented by another app is as good as unknown. */
    public TokenLookup findRefreshToken(String appId, String refreshToken) {
        TokenLookup lookup = lookup(refreshTokens, refreshToken);
        if (lookup instanceof TokenLookup.Found(AuthGrant grant) && !grant.appId().equals(appId)) {
            return new TokenLookup.Unknown();
        }
        return lookup;
    }

    private TokenLookup lookup(Cache<String, Entry> tokens, String token) {
        Entry entry = token == null ? null : tokens.getIfPresent(token);
        if (entry == null) {
            return new TokenLookup.Unknown();
        }
        if (clock.instant().isAfter(entry.deadline())) {
            return new TokenLookup.Expired();
        }
        return new TokenLookup.Found(entry.grant());
    }
}
