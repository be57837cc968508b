package io.payerid.channels.wechat;

import io.payerid.core.tenant.Secret;
import io.payerid.core.token.AccessToken;
import io.payerid.core.token.AccessTokenSource;

/**
 * {@code POST /cgi-bin/stable_token} (getStableAccessToken), the default: repeated calls return the same
 * token until shortly before it expires, and fetching never revokes a token someone else holds.
 */
public final class WechatStableTokenSource implements AccessTokenSource {

    private final WxMaTokenRequest request;

    public WechatStableTokenSource(WechatHosts hosts) {
        this.request = new WxMaTokenRequest(hosts);
    }

    @Override
    public AccessToken fetch(String appId, Secret secret, boolean forceRefresh) {
        return request.fetch(appId, secret, true, forceRefresh);
    }
}
