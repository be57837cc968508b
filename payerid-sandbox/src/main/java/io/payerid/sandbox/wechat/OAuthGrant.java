package io.payerid.sandbox.wechat;

/**
 * What one authorization granted: which user let which app see them, with which scope.
 * Codes, access tokens and refresh tokens all carry the grant they were issued for.
 */
public record OAuthGrant(String appid, String userId, OAuthScope scope) {
}
