package io.payerid.channels.wechat;

import io.payerid.channels.wechat.component.ComponentJsCodeExchange;
import io.payerid.core.miniprogram.MiniProgramCodeExchange;
import io.payerid.core.miniprogram.MiniProgramSession;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.WechatComponentAuthorizer;

/**
 * The WECHAT_MINIAPP login-code exchange: mode COMPONENT through the institution's third-party platform
 * ({@code sns/component/jscode2session}), every other mode with the mini-program's own secret.
 */
public final class WechatMiniAppCodeRouter implements MiniProgramCodeExchange {

    private final WechatJsCodeExchange direct;
    private final ComponentJsCodeExchange component;

    public WechatMiniAppCodeRouter(WechatJsCodeExchange direct, ComponentJsCodeExchange component) {
        this.direct = direct;
        this.component = component;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.WECHAT_MINIAPP;
    }

    @Override
    public MiniProgramSession exchange(ChannelConfig config, String code) {
        return WechatComponentAuthorizer.applies(config) ? component.exchange(config, code) : direct.exchange(config, code);
    }
}
