package io.payerid.channels.wechat.component;

import com.google.gson.JsonObject;
import io.payerid.channels.wechat.JsCodeErrors;
import io.payerid.channels.wechat.WechatApiException;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.miniprogram.MiniProgramSession;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.WechatComponentAccount;
import io.payerid.core.tenant.WechatComponentAuthorizer;

/**
 * 小程序登录 on behalf of an authorizer mini-program (代小程序实现登录): {@code sns/component/jscode2session} with the
 * platform's component_access_token instead of the mini-program's secret. Used by
 * {@link io.payerid.channels.wechat.WechatMiniAppCodeRouter} for WECHAT_MINIAPP channels in mode COMPONENT.
 */
public final class ComponentJsCodeExchange {

    private final WechatComponentClient client;
    private final ComponentCalls calls;

    public ComponentJsCodeExchange(WechatComponentClient client, ComponentCalls calls) {
        this.client = client;
        this.calls = calls;
    }

    public MiniProgramSession exchange(ChannelConfig config, String code) {
        WechatComponentAuthorizer authorizer = WechatComponentAuthorizer.from(config);
        WechatComponentAccount account = calls.platform(config, authorizer);
        JsonObject session;
        try {
            session = calls.withToken(account, token -> client.jsCodeToSession(authorizer.authorizerAppId(),
                    account.componentAppId(), token, code));
        } catch (WechatApiException e) {
            // The code errcodes in the mini-program endpoint's own vocabulary, as in direct mode.
            throw e.code() == ErrorCode.AUTH_CODE_INVALID ? JsCodeErrors.refused(authorizer.authorizerAppId(), e.errcode()) : e;
        }
        String openId = WechatComponentClient.string(session, "openid");
        if (openId == null) {
            throw new PayerIdException(ErrorCode.UPSTREAM_ERROR, "WeChat's component jscode2session answer has no openid");
        }
        String sessionKey = WechatComponentClient.string(session, "session_key");
        return new MiniProgramSession(ChannelKind.WECHAT_MINIAPP, authorizer.authorizerAppId(), openId,
                WechatComponentClient.string(session, "unionid"), null, sessionKey == null ? null : Secret.of(sessionKey));
    }
}
