package io.payerid.channels.wechat.component;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.payerid.channels.wechat.WechatAuthorizeUrl;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.flow.PayerIdentity;
import io.payerid.core.flow.PayerProfile;
import io.payerid.core.flow.Scope;
import io.payerid.core.flow.UpstreamCallback;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.WechatComponentAccount;
import io.payerid.core.tenant.WechatComponentAuthorizer;

/**
 * Web OAuth on behalf of an authorizer official account (代公众号发起网页授权): the authorize URL names the authorizer
 * appid and {@code component_appid}, WeChat calls back with {@code code}, {@code state} and {@code appid}, and the code
 * goes to {@code sns/oauth2/component/access_token} with the platform's component_access_token instead of a secret.
 * Used by {@link io.payerid.channels.wechat.WechatOAuthRouter} for WECHAT_OA channels in mode COMPONENT.
 */
public final class ComponentOAuthChannel {

    private final WechatComponentClient client;
    private final ComponentCalls calls;
    private final String openHost;

    public ComponentOAuthChannel(WechatComponentClient client, ComponentCalls calls, String openHost) {
        this.client = client;
        this.calls = calls;
        this.openHost = openHost;
    }

    public String authorizationUrl(ChannelConfig config, String wechatScope, String callbackUrl, String upstreamState) {
        WechatComponentAuthorizer authorizer = WechatComponentAuthorizer.from(config);
        return WechatAuthorizeUrl.build(openHost, authorizer.authorizerAppId(), callbackUrl, wechatScope, upstreamState,
                authorizer.componentAppId());
    }

    public PayerIdentity exchange(ChannelConfig config, Scope scope, String code, UpstreamCallback callback) {
        WechatComponentAuthorizer authorizer = WechatComponentAuthorizer.from(config);
        // WeChat names the authorizer in the callback's appid; a different one means the code is not for this channel.
        if (callback.param("appid").filter(appid -> !appid.equals(authorizer.authorizerAppId())).isPresent()) {
            throw new PayerIdException(ErrorCode.AUTH_CODE_INVALID, "the callback's appid is not the merchant's account");
        }
        WechatComponentAccount account = calls.platform(config, authorizer);
        JsonObject token = calls.withToken(account, componentToken -> client.oauthAccessToken(
                authorizer.authorizerAppId(), account.componentAppId(), componentToken, code));
        String openId = WechatComponentClient.string(token, "openid");
        if (openId == null) {
            throw new PayerIdException(ErrorCode.UPSTREAM_ERROR, "WeChat's component OAuth answer has no openid");
        }
        String unionId = WechatComponentClient.string(token, "unionid");
        boolean snapshot = "1".equals(WechatComponentClient.string(token, "is_snapshotuser"));
        if (scope == Scope.BASE || snapshot) {
            return new PayerIdentity(ChannelKind.WECHAT_OA, authorizer.authorizerAppId(), openId, unionId, null, snapshot, null);
        }
        JsonObject info = client.userInfo(WechatComponentClient.string(token, "access_token"), openId);
        String infoUnionId = WechatComponentClient.string(info, "unionid");
        PayerProfile profile = new PayerProfile(WechatComponentClient.string(info, "nickname"), integer(info, "sex"),
                WechatComponentClient.string(info, "province"), WechatComponentClient.string(info, "city"),
                WechatComponentClient.string(info, "country"), WechatComponentClient.string(info, "headimgurl"), "zh_CN");
        return new PayerIdentity(ChannelKind.WECHAT_OA, authorizer.authorizerAppId(), openId,
                infoUnionId != null ? infoUnionId : unionId, null, false, profile);
    }

    private static Integer integer(JsonObject json, String field) {
        JsonElement value = json.get(field);
        try {
            return value == null || value.isJsonNull() ? null : value.getAsInt();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
