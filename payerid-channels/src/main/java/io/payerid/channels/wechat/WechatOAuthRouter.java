package io.payerid.channels.wechat;

import io.payerid.channels.wechat.component.ComponentOAuthChannel;
import io.payerid.core.flow.OAuthChannel;
import io.payerid.core.flow.PayerIdentity;
import io.payerid.core.flow.Scope;
import io.payerid.core.flow.UpstreamCallback;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.WechatComponentAuthorizer;
import java.util.Optional;
import me.chanjar.weixin.common.api.WxConsts;

/**
 * The WECHAT_OA adapter of the one flow: a configuration in mode COMPONENT goes through the institution's
 * third-party platform ({@link ComponentOAuthChannel}), every other one through the account's own secret
 * ({@link WechatOAuthChannel}). Both callbacks carry {@code code} and {@code state} alike (the component one adds
 * {@code appid}), so reading them needs no configuration.
 */
public final class WechatOAuthRouter implements OAuthChannel {

    private final WechatOAuthChannel direct;
    private final ComponentOAuthChannel component;

    public WechatOAuthRouter(WechatOAuthChannel direct, ComponentOAuthChannel component) {
        this.direct = direct;
        this.component = component;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.WECHAT_OA;
    }

    @Override
    public String authorizationUrl(ChannelConfig config, Scope scope, String callbackUrl, String upstreamState) {
        if (WechatComponentAuthorizer.applies(config)) {
            String wechatScope = scope == Scope.USERINFO ? WxConsts.OAuth2Scope.SNSAPI_USERINFO : WxConsts.OAuth2Scope.SNSAPI_BASE;
            return component.authorizationUrl(config, wechatScope, callbackUrl, upstreamState);
        }
        return direct.authorizationUrl(config, scope, callbackUrl, upstreamState);
    }

    @Override
    public Optional<String> code(UpstreamCallback callback) {
        return direct.code(callback);
    }

    @Override
    public Optional<String> echoedState(UpstreamCallback callback) {
        return direct.echoedState(callback);
    }

    @Override
    public PayerIdentity exchange(ChannelConfig config, Scope scope, String code, UpstreamCallback callback) {
        return WechatComponentAuthorizer.applies(config)
                ? component.exchange(config, scope, code, callback)
                : direct.exchange(config, scope, code, callback);
    }
}
