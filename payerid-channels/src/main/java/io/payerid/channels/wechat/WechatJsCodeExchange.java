package io.payerid.channels.wechat;

import cn.binarywang.wx.miniapp.bean.WxMaJscode2SessionResult;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.miniprogram.MiniProgramCodeExchange;
import io.payerid.core.miniprogram.MiniProgramSession;
import io.payerid.core.redirect.PercentEncoding;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.WechatMiniApp;
import me.chanjar.weixin.common.error.WxError;

/**
 * 小程序登录: {@code GET /sns/jscode2session?appid&secret&js_code&grant_type=authorization_code} → openid,
 * session_key and, for an app bound to an open platform account, unionid.
 *
 * <p>A lean call rather than WxJava's {@code WxMaService.jsCode2SessionInfo}: WxJava joins the query without
 * encoding it (a crafted js_code could add parameters) and logs the query, appsecret included, at WARN on every
 * errcode. The request is built here; the answer is still parsed by WxJava's own {@link WxMaJscode2SessionResult}
 * and {@link WxError}, over the shared {@link WechatHttpClientBuilder} pool. No retry on -1: a caller is waiting
 * and decides.
 */
public final class WechatJsCodeExchange implements MiniProgramCodeExchange {

    static final int MAX_ANSWER_BYTES = WechatJsonHttp.MAX_ANSWER_BYTES;

    private final String apiHost;

    public WechatJsCodeExchange(WechatHosts hosts) {
        this.apiHost = hosts.apiBaseUrl();
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.WECHAT_MINIAPP;
    }

    @Override
    public MiniProgramSession exchange(ChannelConfig config, String code) {
        WechatMiniApp app = WechatMiniApp.from(config);
        String answer = WechatJsonHttp.get(url(app, code), "jscode2session");
        WxError error = parse(() -> WxError.fromJson(answer));
        if (error.getErrorCode() != 0) {
            throw JsCodeErrors.refused(app.appId(), error.getErrorCode());
        }
        WxMaJscode2SessionResult session = parse(() -> WxMaJscode2SessionResult.fromJson(answer));
        if (session.getOpenid() == null || session.getOpenid().isBlank()) {
            throw new PayerIdException(ErrorCode.UPSTREAM_ERROR, "WeChat's jscode2session answer has no openid");
        }
        Secret sessionKey = session.getSessionKey() == null ? null : Secret.of(session.getSessionKey());
        return new MiniProgramSession(kind(), app.appId(), session.getOpenid(), blankToNull(session.getUnionid()),
                null, sessionKey);
    }

    private String url(WechatMiniApp app, String code) {
        return apiHost + "/sns/jscode2session?appid=" + encoded(app.appId())
                + "&secret=" + encoded(app.appSecret().reveal())
                + "&js_code=" + encoded(code)
                + "&grant_type=authorization_code";
    }

    private static <T> T parse(java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (RuntimeException e) {
            throw new PayerIdException(ErrorCode.UPSTREAM_ERROR, "WeChat's jscode2session answer is not its JSON", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String encoded(String value) {
        return PercentEncoding.FORM.encode(value);
    }
}
