package io.payerid.server.oauth;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.flow.AuthorizationRequest;
import io.payerid.core.flow.Scope;
import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.server.web.RequestParameters;
import java.util.Locale;
import java.util.Map;

/**
 * The native API's authorization parameters ({@code channel}, {@code redirectUri}, {@code scope},
 * {@code state}), read the same way by the redirect entry and the authorize-URL server API.
 */
public final class NativeAuthorizationParams {

    static final int MAX_STATE = 128;

    private NativeAuthorizationParams() {
    }

    /** An authenticated native request as the core flow's input; answers go back signed with {@code signType}. */
    public static AuthorizationRequest toRequest(Merchant merchant, MerchantApp app, SignType signType,
                                                 Map<String, String> params) {
        return new AuthorizationRequest(merchant, app, channel(params.get("channel")), NativeRedirectResponder.DIALECT,
                RequestParameters.required(params, "redirectUri"), scope(params.get("scope")), state(params.get("state")),
                Map.of(NativeRedirectResponder.SIGN_TYPE_ATTRIBUTE, signType.name()));
    }

    /** Any kind with an OAuth flow is accepted; the flow refuses kinds without one (UNSUPPORTED_CHANNEL). */
    static ChannelKind channel(String raw) {
        if (raw == null || raw.isBlank()) {
            return ChannelKind.WECHAT_OA;
        }
        return switch (raw.trim().toUpperCase(Locale.ROOT)) {
            case "WECHAT", "WECHAT_OA", "WEIXIN" -> ChannelKind.WECHAT_OA;
            case "ALIPAY" -> ChannelKind.ALIPAY;
            case "UNIONPAY", "CLOUDPAY" -> ChannelKind.UNIONPAY;
            default -> throw new PayerIdException(ErrorCode.UNSUPPORTED_CHANNEL, "channel " + raw + " is not supported here");
        };
    }

    static Scope scope(String raw) {
        return Scope.parse(raw).orElseThrow(() -> PayerIdException.invalid("scope must be base or userinfo"));
    }

    static String state(String state) {
        if (state != null && state.length() > MAX_STATE) {
            throw PayerIdException.invalid("state must be at most " + MAX_STATE + " characters");
        }
        return state == null || state.isEmpty() ? null : state;
    }
}
