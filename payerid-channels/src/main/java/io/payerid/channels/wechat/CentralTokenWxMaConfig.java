package io.payerid.channels.wechat;

import cn.binarywang.wx.miniapp.config.impl.WxMaDefaultConfigImpl;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.WechatMiniApp;
import io.payerid.core.token.AccessTokenHolder;
import io.payerid.core.token.TokenMode;

/**
 * WxJava's mini-program config storage with the token kept by the {@link AccessTokenHolder} instead of
 * in the object: WxJava never fetches a token itself (the token never looks expired to it), and its own
 * hook for 40001/40014/42001 ({@link #expireAccessToken}) becomes the holder's compare-then-invalidate
 * for the very token this thread used, after which WxJava repeats the call once with the holder's next token.
 * The AppSecret stays out of WxJava's config: only the holder needs it.
 */
final class CentralTokenWxMaConfig extends WxMaDefaultConfigImpl {

    private final AccessTokenHolder holder;
    private final Secret secret;
    private final TokenMode mode;
    /** The token this thread last put into a request: the one to invalidate if WeChat rejects it. */
    private final ThreadLocal<String> tokenInUse = new ThreadLocal<>();

    CentralTokenWxMaConfig(WechatMiniApp app, AccessTokenHolder holder, WechatHosts hosts) {
        this.holder = holder;
        this.secret = app.appSecret();
        this.mode = app.tokenMode();
        setAppid(app.appId());
        setApacheHttpClientBuilder(WechatHttpClientBuilder.shared());
        if (hosts.apiHost() != null) {
            setApiHostUrl(hosts.apiHost());
        }
    }

    @Override
    public String getAccessToken() {
        String token = holder.current(getAppid(), secret, mode).value();
        tokenInUse.set(token);
        return token;
    }

    /** The holder refreshes before expiry; WxJava must never run its own fetch. */
    @Override
    public boolean isAccessTokenExpired() {
        return false;
    }

    @Override
    public void expireAccessToken() {
        String rejected = tokenInUse.get();
        if (rejected != null) {
            holder.invalidate(getAppid(), rejected);
        }
    }

    @Override
    public synchronized void updateAccessToken(String accessToken, int expiresInSeconds) {
        throw new UnsupportedOperationException("access tokens of " + getAppid() + " come from the central holder");
    }

    @Override
    public String toString() {
        return "CentralTokenWxMaConfig[appid=" + getAppid() + ", mode=" + mode + "]";
    }
}
