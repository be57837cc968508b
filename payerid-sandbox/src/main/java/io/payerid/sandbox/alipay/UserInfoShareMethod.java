package io.payerid.sandbox.alipay;

import java.util.LinkedHashMap;
import java.util.Map;

import io.payerid.sandbox.support.TokenLookup;

/**
 * {@code alipay.user.info.share}: no business parameters, only the user's {@code auth_token} from an
 * auth_user grant. Answers with {@code code:"10000"} and the profile; token problems are 20001
 * (aop.invalid-auth-token, aop.auth-token-time-out), an auth_base grant is 40006.
 */
final class UserInfoShareMethod implements GatewayMethod {

    private final AccessTokenStore tokens;
    private final SandboxAlipayUsers users;
    private final AlipayIds ids;

    UserInfoShareMethod(AccessTokenStore tokens, SandboxAlipayUsers users, AlipayIds ids) {
        this.tokens = tokens;
        this.users = users;
        this.ids = ids;
    }

    @Override
    public String name() {
        return "alipay.user.info.share";
    }

    @Override
    public GatewayAnswer handle(GatewayCall call) {
        String authToken = call.request().param("auth_token");
        if (authToken == null) {
            return GatewayAnswer.failure(GatewayError.missing("isv.missing-auth-token", "缺少auth_token参数"));
        }
        return switch (tokens.findAccessToken(authToken)) {
            case TokenLookup.Unknown<AuthGrant> unknown -> invalidToken();
            case TokenLookup.Expired<AuthGrant> expired ->
                    GatewayAnswer.failure(GatewayError.tokenRejected("aop.auth-token-time-out", "访问令牌已过期"));
            case TokenLookup.Found<AuthGrant> found -> found.grant().appId().equals(call.actingFor().appId())
                    ? profile(call.actingFor(), found.grant())
                    : invalidToken();
        };
    }

    private GatewayAnswer profile(SandboxAlipayApp app, AuthGrant grant) {
        if (grant.scope() != AlipayScope.AUTH_USER) {
            return GatewayAnswer.failure(GatewayError.insufficientPermissions("isv.insufficient-user-permissions",
                    "用户授权的scope不包含auth_user"));
        }
        SandboxAlipayUser user = users.find(grant.userId())
                .orElseThrow(() -> new IllegalStateException("grant for unknown user"));
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("code", "10000");
        node.put("msg", "Success");
        UserIdentityFields.put(node, ids, app, user);
        putIfPresent(node, "avatar", user.avatar());
        putIfPresent(node, "city", user.city());
        putIfPresent(node, "gender", user.gender());
        putIfPresent(node, "nick_name", user.nickName());
        putIfPresent(node, "province", user.province());
        return new GatewayAnswer.Success(node);
    }

    private static GatewayAnswer invalidToken() {
        return GatewayAnswer.failure(GatewayError.tokenRejected("aop.invalid-auth-token", "无效的访问令牌"));
    }

    /** Alipay leaves out what the user has not filled in rather than sending empty strings. */
    private static void putIfPresent(Map<String, Object> node, String name, String value) {
        if (!value.isEmpty()) {
            node.put(name, value);
        }
    }
}
