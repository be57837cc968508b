package io.payerid.channels.alipay;

import com.alipay.api.AlipayApiException;
import com.alipay.api.request.AlipaySystemOauthTokenRequest;
import com.alipay.api.response.AlipaySystemOauthTokenResponse;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.miniprogram.MiniProgramCodeExchange;
import io.payerid.core.miniprogram.MiniProgramSession;
import io.payerid.core.tenant.AlipayApp;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;

/**
 * An Alipay mini-program's {@code my.getAuthCode} code → {@code alipay.system.oauth.token} with the
 * mini-program's own app (ALIPAY_MINIAPP: the settings of ALIPAY), through alipay-sdk-java as in the web flow:
 * user_id and/or open_id (OpenID scheme apps get no user_id) and union_id. The user access token is not kept.
 */
public final class AlipayMiniProgramCodeExchange implements MiniProgramCodeExchange {

    private final AlipayClients clients;

    public AlipayMiniProgramCodeExchange(AlipayClients clients) {
        this.clients = clients;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.ALIPAY_MINIAPP;
    }

    @Override
    public MiniProgramSession exchange(ChannelConfig config, String code) {
        AlipayApp app = AlipayApp.from(config);
        AlipaySystemOauthTokenResponse token = redeem(app, code);
        if (token.getOpenId() == null && token.getUserId() == null) {
            throw new PayerIdException(ErrorCode.UPSTREAM_ERROR,
                    "Alipay " + AlipayOAuthChannel.TOKEN_METHOD + " returned neither open_id nor user_id");
        }
        return new MiniProgramSession(kind(), app.authorizingAppId(), token.getOpenId(), token.getUnionId(),
                token.getUserId(), null);
    }

    private AlipaySystemOauthTokenResponse redeem(AlipayApp app, String code) {
        AlipaySystemOauthTokenRequest request = new AlipaySystemOauthTokenRequest();
        request.setGrantType("authorization_code");
        request.setCode(code);
        try {
            String appAuthToken = app.appAuthToken() == null ? null : app.appAuthToken().reveal();
            AlipaySystemOauthTokenResponse response = clients.forApp(app).execute(request, null, appAuthToken);
            if (!response.isSuccess()) {
                throw miniProgramCode(AlipayErrors.rejected(AlipayOAuthChannel.TOKEN_METHOD, response));
            }
            return response;
        } catch (AlipayApiException e) {
            throw AlipayErrors.failed(AlipayOAuthChannel.TOKEN_METHOD, e);
        } catch (PayerIdException e) {
            throw e;
        } catch (RuntimeException e) {
            throw AlipayErrors.unreadable(AlipayOAuthChannel.TOKEN_METHOD, e);
        }
    }

    /** Alipay answers a used, expired and foreign code alike (isv.code-invalid): all are an invalid login code here. */
    private static PayerIdException miniProgramCode(PayerIdException rejected) {
        if (rejected.code() == ErrorCode.AUTH_CODE_INVALID) {
            return new PayerIdException(ErrorCode.MINIPROGRAM_CODE_INVALID, rejected.detail());
        }
        return rejected;
    }
}
