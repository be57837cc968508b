package io.payerid.sandbox.wechat;

import java.time.Clock;
import java.time.Duration;

import io.payerid.sandbox.support.ExpiringTokens;
import io.payerid.sandbox.support.RandomTokens;
import io.payerid.sandbox.support.TokenLookup;

/**
 * User access tokens (WeChat: 7200 s) and refresh tokens (WeChat: 30 days).
 *
 * <p>A refresh mints a new access token but keeps the refresh token and its original deadline:
 * whether WeChat extends it is disputed, and not extending is the conservative choice.
 * Expired tokens answer "expired" rather than "invalid" for a while, like WeChat's 42001/42002
 * versus 40001/40030.
 */
// Kept apart from the Alipay simulator's AccessTokenStore: WeChat keeps the refresh token on refresh.
public class OAuthTokenStore {

    private static final int TOKEN_LENGTH = 64;

    /** What the code exchange hands out. */
    public record IssuedTokens(String accessToken, String refreshToken, long expiresInSeconds) {
    }

    private final Clock clock;
    private final ExpiringTokens<OAuthGrant> accessTokens;
    private final ExpiringTokens<OAuthGrant> refreshTokens;

    public OAuthTokenStore(Clock clock, Duration accessTtl, Duration refreshTtl) {
        this.clock = clock;
        this.accessTokens = new ExpiringTokens<>(clock, accessTtl);
        this.refreshTokens = new ExpiringTokens<>(clock, refreshTtl);
    }

    public IssuedTokens issue(OAuthGrant grant) {
        String refreshToken = RandomTokens.alphanumeric(TOKEN_LENGTH);
        refreshTokens.add(refreshToken, grant, clock.instant());
        return new IssuedTokens(issueAccessToken(grant), refreshToken, accessTokenLifetimeSeconds());
    }

    public long accessTokenLifetimeSeconds() {
        return accessTokens.ttl().toSeconds();
    }

    public String issueAccessToken(OAuthGrant grant) {
        String accessToken = RandomTokens.alphanumeric(TOKEN_LENGTH);
        accessTokens.add(accessToken, grant, clock.instant());
        return accessToken;
    }

    public TokenLookup<OAuthGrant> findAccessToken(String accessToken) {
        return accessTokens.find(accessToken);
    }

    /** A refresh token presented by another app is as good as unknown (WeChat: 40030). */
    public TokenLookup<OAuthGrant> findRefreshToken(String appid, String refreshToken) {
        TokenLookup<OAuthGrant> lookup = refreshTokens.find(refreshToken);
        if (lookup instanceof TokenLookup.Found<OAuthGrant>(OAuthGrant grant) && !grant.appid().equals(appid)) {
            return new TokenLookup.Unknown<>();
        }
        return lookup;
    }
}
