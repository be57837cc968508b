package io.payerid.channels.alipay;

import com.alipay.api.AlipayApiException;
import com.alipay.api.AlipayClient;
import com.alipay.api.request.AlipaySystemOauthTokenRequest;
import com.alipay.api.request.AlipayUserInfoShareRequest;
import com.alipay.api.response.AlipaySystemOauthTokenResponse;
import com.alipay.api.response.AlipayUserInfoShareResponse;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.flow.OAuthChannel;
import io.payerid.core.flow.PayerIdentity;
import io.payerid.core.flow.PayerProfile;
import io.payerid.core.flow.Scope;
import io.payerid.core.flow.UpstreamCallback;
import io.payerid.core.flow.UpstreamCodeShape;
import io.payerid.core.redirect.PercentEncoding;
import io.payerid.core.tenant.AlipayApp;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import java.util.Locale;
import java.util.Optional;

/**
 * Alipay user authorization (用户信息授权) through alipay-sdk-java: the publicAppAuthorize URL,
 * auth_code → {@code alipay.system.oauth.token} (open_id and/or user_id, union_id), and for auth_user
 * also {@code alipay.user.info.share}. Apps on Alipay's OpenID scheme get no user_id: nothing here
 * assumes one.
 */
public final class AlipayOAuthChannel implements OAuthChannel {

    static final String TOKEN_METHOD = "alipay.system.oauth.token";
    static final String USER_INFO_METHOD = "alipay.user.info.share";

    private final AlipayClients clients;
    private final UpstreamCodeShape codeShape;

    public AlipayOAuthChannel(AlipayClients clients) {
        this(clients, UpstreamCodeShape.of("auth_code", UpstreamCodeShape.DEFAULT_ALIPAY));
    }

    public AlipayOAuthChannel(AlipayClients clients, UpstreamCodeShape codeShape) {
        this.clients = clients;
        this.codeShape = codeShape;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.ALIPAY;
    }

    @Override
    public String authorizationUrl(ChannelConfig config, Scope scope, String callbackUrl, String upstreamState) {
        AlipayApp app = AlipayApp.from(config);
        // The SDK has no builder for this browser URL; the parameter set is Alipay's documented one.
        return clients.hosts().openAuthHost() + "/oauth2/publicAppAuthorize.htm"
                + "?app_id=" + encode(app.authorizingAppId())
                + "&scope=" + alipayScope(scope)
                + "&redirect_uri=" + encode(callbackUrl)
                + "&state=" + encode(upstreamState);
    }

    @Override
    public Optional<String> code(UpstreamCallback callback) {
        // A refusal comes back without auth_code (state, app_id and source only).
        return callback.param("auth_code").map(codeShape::require);
    }

    @Override
    public Optional<String> echoedState(UpstreamCallback callback) {
        return callback.param("state");
    }

    @Override
    public PayerIdentity exchange(ChannelConfig config, Scope scope, String code, UpstreamCallback callback) {
        AlipayApp app = AlipayApp.from(config);
        AlipayClient client = clients.forApp(app);
        AlipaySystemOauthTokenResponse token = redeem(client, app, code);
        PayerProfile profile = scope == Scope.USERINFO ? profile(client, app, token.getAccessToken()) : null;
        if (token.getOpenId() == null && token.getUserId() == null) {
            throw new PayerIdException(ErrorCode.UPSTREAM_ERROR, "Alipay " + TOKEN_METHOD + " returned neither open_id nor user_id");
        }
        return new PayerIdentity(kind(), app.authorizingAppId(), token.getOpenId(), token.getUnionId(), token.getUserId(),
                false, profile);
    }

    private static AlipaySystemOauthTokenResponse redeem(AlipayClient client, AlipayApp app, String code) {
        AlipaySystemOauthTokenRequest request = new AlipaySystemOauthTokenRequest();
        request.setGrantType("authorization_code");
        request.setCode(code);
        try {
            AlipaySystemOauthTokenResponse response = client.execute(request, null, appAuthToken(app));
            if (!response.isSuccess()) {
                throw AlipayErrors.rejected(TOKEN_METHOD, response);
            }
            return response;
        } catch (AlipayApiException e) {
            throw AlipayErrors.failed(TOKEN_METHOD, e);
        } catch (PayerIdException e) {
            throw e;
        } catch (RuntimeException e) {
            throw AlipayErrors.unreadable(TOKEN_METHOD, e);
        }
    }

    private static PayerProfile profile(AlipayClient client, AlipayApp app, String accessToken) {
        try {
            AlipayUserInfoShareResponse info = client.execute(new AlipayUserInfoShareRequest(), accessToken, appAuthToken(app));
            if (!info.isSuccess()) {
                throw AlipayErrors.rejected(USER_INFO_METHOD, info);
            }
            return new PayerProfile(info.getNickName(), sex(info.getGender()), info.getProvince(), info.getCity(),
                    info.getCountryCode(), info.getAvatar(), null);
        } catch (AlipayApiException e) {
            throw AlipayErrors.failed(USER_INFO_METHOD, e);
        } catch (PayerIdException e) {
            throw e;
        } catch (RuntimeException e) {
            throw AlipayErrors.unreadable(USER_INFO_METHOD, e);
        }
    }

    /** Alipay's F/M (samples show lower case too) onto the WeChat coding merchants already read: 1 male, 2 female. */
    static Integer sex(String gender) {
        if (gender == null) {
            return null;
        }
        return switch (gender.trim().toUpperCase(Locale.ROOT)) {
            case "M" -> 1;
            case "F" -> 2;
            default -> 0;
        };
    }

    private static String appAuthToken(AlipayApp app) {
        return app.appAuthToken() == null ? null : app.appAuthToken().reveal();
    }

    private static String alipayScope(Scope scope) {
        return scope == Scope.USERINFO ? "auth_user" : "auth_base";
    }

    private static String encode(String value) {
        return PercentEncoding.FORM.encode(value); // URLEncoder's output, without its per-call buffers
    }
}
