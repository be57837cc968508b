package io.payerid.sandbox.alipay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.payerid.sandbox.support.ExpiringTokens;
import io.payerid.sandbox.support.RandomTokens;
import io.payerid.sandbox.support.TokenLookup;

/**
 * User access tokens (Alipay: {@code expires_in}, commonly 1296000 s) and refresh tokens
 * ({@code re_expires_in}, commonly 2592000 s). A refresh issues a fresh pair. Expired tokens answer
 * "expired" rather than "invalid" for a while, as Alipay distinguishes (aop.auth-token-time-out,
 * isv.refresh-token-time-out versus aop.invalid-auth-token, isv.refresh-token-invalid).
 */
// Kept apart from the WeChat simulator's OAuthTokenStore: Alipay hands out a new pair on every refresh.
public class AccessTokenStore {

    private static final int TOKEN_LENGTH = 40;

    /** What oauth.token hands out. */
    public record IssuedTokens(String accessToken, String refreshToken, long expiresIn, long reExpiresIn, Instant authStart) {
    }

    private final Clock clock;
    private final ExpiringTokens<AuthGrant> accessTokens;
    private final ExpiringTokens<AuthGrant> refreshTokens;

    public AccessTokenStore(Clock clock, Duration accessTtl, Duration refreshTtl) {
        this.clock = clock;
        this.accessTokens = new ExpiringTokens<>(clock, accessTtl);
        this.refreshTokens = new ExpiringTokens<>(clock, refreshTtl);
    }

    public IssuedTokens issue(AuthGrant grant) {
        Instant now = clock.instant();
        String accessToken = "authusrB" + RandomTokens.alphanumeric(TOKEN_LENGTH);
        String refreshToken = "authusrB" + RandomTokens.alphanumeric(TOKEN_LENGTH);
        accessTokens.add(accessToken, grant, now);
        refreshTokens.add(refreshToken, grant, now);
        return new IssuedTokens(accessToken, refreshToken, accessTokens.ttl().toSeconds(), refreshTokens.ttl().toSeconds(),
                now);
    }

    public TokenLookup<AuthGrant> findAccessToken(String accessToken) {
        return accessTokens.find(accessToken);
    }

    /** A refresh token presented by another app is as good as unknown. */
    public TokenLookup<AuthGrant> findRefreshToken(String appId, String refreshToken) {
        TokenLookup<AuthGrant> lookup = refreshTokens.find(refreshToken);
        if (lookup instanceof TokenLookup.Found<AuthGrant>(AuthGrant grant) && !grant.appId().equals(appId)) {
            return new TokenLookup.Unknown<>();
        }
        return lookup;
    }
}
