package io.payerid.channels.wechat;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.RedactedFailure;
import io.payerid.core.flow.OAuthChannel;
import io.payerid.core.flow.PayerIdentity;
import io.payerid.core.flow.PayerProfile;
import io.payerid.core.flow.Scope;
import io.payerid.core.flow.UpstreamCallback;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.WechatOfficialAccount;
import io.payerid.core.flow.UpstreamCodeShape;
import java.util.Optional;
import me.chanjar.weixin.common.api.WxConsts;
import me.chanjar.weixin.common.bean.WxOAuth2UserInfo;
import me.chanjar.weixin.common.bean.oauth2.WxOAuth2AccessToken;
import me.chanjar.weixin.common.error.WxErrorException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WeChat Official Account web OAuth (网页授权): the authorize URL ({@link WechatAuthorizeUrl}), then code → user
 * token (openid, unionid, snapshot flag; the hot call, lean: {@link WechatOAuthCodeExchange}), and for userinfo
 * scope the profile through WxJava.
 */
public final class WechatOAuthChannel implements OAuthChannel {

    private static final Logger log = LoggerFactory.getLogger(WechatOAuthChannel.class);

    private final WechatMpServices services;
    private final WechatOAuthCodeExchange codeExchange;
    private final UpstreamCodeShape codeShape;

    public WechatOAuthChannel(WechatMpServices services) {
        this(services, UpstreamCodeShape.of("code", UpstreamCodeShape.DEFAULT_WECHAT));
    }

    public WechatOAuthChannel(WechatMpServices services, UpstreamCodeShape codeShape) {
        this.services = services;
        this.codeExchange = new WechatOAuthCodeExchange(services.hosts());
        this.codeShape = codeShape;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.WECHAT_OA;
    }

    @Override
    public String authorizationUrl(ChannelConfig config, Scope scope, String callbackUrl, String upstreamState) {
        WechatOfficialAccount account = WechatOfficialAccount.from(config);
        return WechatAuthorizeUrl.build(services.hosts().openHost(), account.appId(), callbackUrl, wechatScope(scope),
                upstreamState);
    }

    @Override
    public Optional<String> code(UpstreamCallback callback) {
        // A refusal comes back with state only, no code.
        return callback.param("code").map(codeShape::require);
    }

    @Override
    public Optional<String> echoedState(UpstreamCallback callback) {
        return callback.param("state");
    }

    @Override
    public PayerIdentity exchange(ChannelConfig config, Scope scope, String code, UpstreamCallback callback) {
        WechatOfficialAccount account = WechatOfficialAccount.from(config);
        try {
            WxOAuth2AccessToken token = codeExchange.exchange(account, code);
            boolean snapshot = token.getSnapshotUser() != null && token.getSnapshotUser() == 1;
            if (scope == Scope.BASE || snapshot) {
                return new PayerIdentity(kind(), account.appId(), token.getOpenId(), token.getUnionId(), null, snapshot, null);
            }
            WxOAuth2UserInfo info = services.forAccount(account).getOAuth2Service().getUserInfo(token, "zh_CN");
            String unionId = info.getUnionId() != null ? info.getUnionId() : token.getUnionId();
            PayerProfile profile = new PayerProfile(info.getNickname(), info.getSex(), info.getProvince(), info.getCity(),
                    info.getCountry(), info.getHeadImgUrl(), "zh_CN");
            return new PayerIdentity(kind(), account.appId(), token.getOpenId(), unionId, null, false, profile);
        } catch (WxErrorException e) {
            // errmsg carries WeChat's request id (rid), which WeChat support asks for; it holds no secrets.
            log.warn("WeChat OAuth exchange failed for appid {}: errcode {}, errmsg {}", account.appId(),
                    e.getError().getErrorCode(), RedactedFailure.redact(e.getError().getErrorMsg()));
            throw WechatErrors.translate(e);
        } catch (RuntimeException e) {
            throw WechatErrors.unexpected(e);
        }
    }

    private static String wechatScope(Scope scope) {
        return scope == Scope.USERINFO ? WxConsts.OAuth2Scope.SNSAPI_USERINFO : WxConsts.OAuth2Scope.SNSAPI_BASE;
    }
}
