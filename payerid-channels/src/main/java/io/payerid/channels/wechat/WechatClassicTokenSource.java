package io.payerid.channels.wechat;

import io.payerid.core.tenant.Secret;
import io.payerid.core.token.AccessToken;
import io.payerid.core.token.AccessTokenSource;

/**
 * {@code GET /cgi-bin/token?grant_type=client_credential}: every call issues a new token and the previous
 * one dies 5 minutes later, which is why only the central holder may call it. {@code forceRefresh} changes
 * nothing here: every call is a refresh.
 */
public final class WechatClassicTokenSource implements AccessTokenSource {

    private final WxMaTokenRequest request;

    public WechatClassicTokenSource(WechatHosts hosts) {
        this.request = new WxMaTokenRequest(hosts);
    }

    @Override
    public AccessToken fetch(String appId, Secret secret, boolean forceRefresh) {
        return request.fetch(appId, secret, false, forceRefresh);
    }
}
