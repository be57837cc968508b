package io.payerid.sandbox.alipay;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import io.payerid.sandbox.support.TokenLookup;

/**
 * {@code alipay.system.oauth.token}: top-level {@code grant_type} ({@code authorization_code} with
 * {@code code}, or {@code refresh_token} with {@code refresh_token}) — text parameters, not biz_content.
 * Success has no {@code code:"10000"}, as with Alipay; user_id / open_id follow the app's identity mode.
 */
final class OAuthTokenMethod implements GatewayMethod {

    /** auth_start is Beijing time, like every Alipay timestamp. */
    private static final DateTimeFormatter AUTH_START = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final AuthCodeStore codes;
    private final AccessTokenStore tokens;
    private final SandboxAlipayUsers users;
    private final AlipayIds ids;

    OAuthTokenMethod(AuthCodeStore codes, AccessTokenStore tokens, SandboxAlipayUsers users, AlipayIds ids) {
        this.codes = codes;
        this.tokens = tokens;
        this.users = users;
        this.ids = ids;
    }

    @Override
    public String name() {
        return "alipay.system.oauth.token";
    }

    @Override
    public GatewayAnswer handle(GatewayCall call) {
        String grantType = call.request().param("grant_type");
        if (grantType == null) {
            return GatewayAnswer.failure(GatewayError.missing("isv.missing-grant-type", "缺少grant_type参数"));
        }
        return switch (grantType) {
            case "authorization_code" -> byCode(call);
            case "refresh_token" -> byRefreshToken(call);
            default -> GatewayAnswer.failure(GatewayError.invalid("isv.grant-type-invalid", "grant_type参数不正确"));
        };
    }

    private GatewayAnswer byCode(GatewayCall call) {
        String code = call.request().param("code");
        if (code == null) {
            return GatewayAnswer.failure(GatewayError.missing("isv.missing-code", "缺少code参数"));
        }
        return codes.redeem(call.actingFor().appId(), code)
                .map(grant -> success(call.actingFor(), grant))
                .orElseGet(() -> GatewayAnswer.failure(GatewayError.codeInvalid()));
    }

    private GatewayAnswer byRefreshToken(GatewayCall call) {
        String refreshToken = call.request().param("refresh_token");
        if (refreshToken == null) {
            return GatewayAnswer.failure(GatewayError.missing("isv.missing-refresh-token", "缺少refresh_token参数"));
        }
        return switch (tokens.findRefreshToken(call.actingFor().appId(), refreshToken)) {
            case TokenLookup.Found<AuthGrant> found -> success(call.actingFor(), found.grant());
            case TokenLookup.Expired<AuthGrant> expired ->
                    GatewayAnswer.failure(GatewayError.invalid("isv.refresh-token-time-out", "刷新令牌refresh_token已过期"));
            case TokenLookup.Unknown<AuthGrant> unknown ->
                    GatewayAnswer.failure(GatewayError.invalid("isv.refresh-token-invalid", "刷新令牌refresh_token无效"));
        };
    }

    private GatewayAnswer success(SandboxAlipayApp app, AuthGrant grant) {
        SandboxAlipayUser user = users.find(grant.userId())
                .orElseThrow(() -> new IllegalStateException("grant for unknown user"));
        AccessTokenStore.IssuedTokens issued = tokens.issue(grant);
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("access_token", issued.accessToken());
        node.put("auth_start", AUTH_START.format(issued.authStart()));
        // Documented as strings; Alipay sends numbers (both parse in the SDK).
        node.put("expires_in", issued.expiresIn());
        node.put("re_expires_in", issued.reExpiresIn());
        node.put("refresh_token", issued.refreshToken());
        UserIdentityFields.put(node, ids, app, user);
        return new GatewayAnswer.Success(node);
    }
}
