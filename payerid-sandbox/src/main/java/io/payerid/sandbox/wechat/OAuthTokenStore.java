package io.payerid.sandbox.wechat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * User access tokens (WeChat: 7200 s) and refresh tokens (WeChat: 30 days).
 *
 * <p>A refresh mints a new access token but keeps the refresh token and its original deadline:
 * whether WeChat extends it is disputed, and not extending is the conservative choice.
 * Expired entries are kept a while after their deadline so callers get "expired" rather than
 * "invalid", like WeChat's 42001/42002.
 */
public class OAuthTokenStore {

    private static final int TOKEN_LENGTH = 64;
    private static final Duration EXPIRED_RETENTION = Duration.ofHours(1);
    private static final long MAX_TOKENS = 100_000;

    /** What the code exchange hands out. */
    public record IssuedTokens(String accessToken, String refreshToken, long expiresInSeconds) {
    }

    private record Entry(OAuthGrant grant, Instant deadline) {
    }

    private final Clock clock;
    private final Duration accessTtl;
    private final Duration refreshTtl;
    private final Cache<String, Entry> accessTokens;
    private final Cache<String, Entry> refreshTokens;

    public OAuthTokenStore(Clock clock, Duration accessTtl, Duration refreshTtl) {
        this.clock = clock;
        this.accessTtl = accessTtl;
        this.refreshTtl = refreshTtl;
        this.accessTokens = cache(accessTtl);
        this.refreshTokens = cache(refreshTtl);
    }

    private static Cache<String, Entry> cache(Duration ttl) {
        return Caffeine.newBuilder().expireAfterWrite(ttl.plus(EXPIRED_RETENTION)).maximumSize(MAX_TOKENS).build();
    }

    public IssuedTokens issue(OAuthGrant grant) {
        String refreshToken = RandomTokens.alphanumeric(TOKEN_LENGTH);
        refreshTokens.put(refreshToken, new Entry(grant, clock.instant().plus(refreshTtl)));
        return new IssuedTokens(issueAccessToken(grant), refreshToken, accessTtl.toSeconds());
    }

    public long accessTokenLifetimeSeconds() {
        return accessTtl.toSeconds();
    }

    public String issueAccessToken(OAuthGrant grant) {
        String accessToken = RandomTokens.alphanumeric(TOKEN_LENGTH);
        accessTokens.put(accessToken, new Entry(grant, clock.instant().plus(accessTtl)));
        return accessToken;
    }

    public TokenLookup findAccessToken(String accessToken) {
        return lookup(accessTokens, accessToken);
    }

    /** A refresh token presented by another app is as good as unknown (WeChat: 40030). */
    public TokenLookup findRefreshToken(String appid, String refreshToken) {
        TokenLookup lookup = lookup(refreshTokens, refreshToken);
        if (lookup instanceof TokenLookup.Found(OAuthGrant grant) && !grant.appid().equals(appid)) {
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
