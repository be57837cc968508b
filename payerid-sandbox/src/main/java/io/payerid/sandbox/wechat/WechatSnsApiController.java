package io.payerid.sandbox.wechat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.payerid.sandbox.support.TokenLookup;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The server side, i.e. the "api" host: {@code /sns/oauth2/access_token},
 * {@code /sns/oauth2/refresh_token}, {@code /sns/userinfo} and {@code /sns/auth}, with WeChat's
 * field names and error codes. Every parameter is read as optional so that missing or garbage
 * input gets WeChat's errcode instead of a framework error.
 */
public class WechatSnsApiController {

    private final SandboxWechatApps apps;
    private final SandboxUsers users;
    private final OAuthCodeStore codes;
    private final OAuthTokenStore tokens;
    private final OpenIdDerivation ids;
    private final SandboxComponents components;

    WechatSnsApiController(SandboxWechatApps apps, SandboxUsers users, OAuthCodeStore codes, OAuthTokenStore tokens,
                           OpenIdDerivation ids, SandboxComponents components) {
        this.components = components;
        this.apps = apps;
        this.users = users;
        this.codes = codes;
        this.tokens = tokens;
        this.ids = ids;
    }

    /** {@code GET /sns/oauth2/access_token?appid&secret&code&grant_type=authorization_code}. */
    ServerResponse accessToken(ServerRequest request) {
        return redeem(AppCodeRequest.check(request, "code", apps));
    }

    /**
     * {@code GET /sns/oauth2/component/access_token?appid&code&grant_type&component_appid&component_access_token}: a
     * third-party platform redeems an authorizer account's code; no secret, the answer as above.
     */
    ServerResponse componentAccessToken(ServerRequest request) {
        return redeem(ComponentCodeRequest.check(request, "code", apps, components));
    }

    private ServerResponse redeem(AppCodeRequest.Check check) {
        if (check instanceof AppCodeRequest.Refused refused) {
            return refused.response();
        }
        AppCodeRequest checked = ((AppCodeRequest.Passed) check).request();
        String appid = checked.app().appid();
        String code = checked.code();
        return switch (codes.redeem(appid, code)) {
            case CodeRedemption.Redeemed redeemed -> tokenResponse(checked.app(), redeemed.grant());
            case CodeRedemption.AlreadyUsed used -> WechatApiResponses.error(40163, "code been used");
            case CodeRedemption.Invalid invalid -> WechatApiResponses.error(40029, "invalid code");
        };
    }

    /** {@code GET /sns/oauth2/refresh_token?appid&grant_type=refresh_token&refresh_token} — no secret, as in WeChat. */
    ServerResponse refreshToken(ServerRequest request) {
        String appid = param(request, "appid");
        String refreshToken = param(request, "refresh_token");
        if (appid == null) {
            return WechatApiResponses.error(41002, "appid missing");
        }
        if (!"refresh_token".equals(param(request, "grant_type"))) {
            return WechatApiResponses.error(40002, "invalid grant_type");
        }
        if (refreshToken == null) {
            return WechatApiResponses.error(41003, "refresh_token missing");
        }
        Optional<SandboxWechatApp> app = apps.find(appid);
        if (app.isEmpty()) {
            return WechatApiResponses.error(40013, "invalid appid");
        }
        return switch (tokens.findRefreshToken(appid, refreshToken)) {
            case TokenLookup.Found<OAuthGrant> found -> refreshResponse(app.get(), found.grant(), refreshToken);
            case TokenLookup.Expired<OAuthGrant> expired -> WechatApiResponses.error(42002, "refresh_token expired");
            case TokenLookup.Unknown<OAuthGrant> unknown -> WechatApiResponses.error(40030, "invalid refresh_token");
        };
    }

    /** {@code GET /sns/userinfo?access_token&openid&lang} — only for consented snsapi_userinfo tokens. */
    ServerResponse userInfo(ServerRequest request) {
        // lang (zh_CN | zh_TW | en) is accepted; the sandbox's profiles exist in one language only.
        return withValidToken(request, (app, user, grant) -> {
            if (grant.scope() != OAuthScope.SNSAPI_USERINFO || user.snapshot()) {
                return WechatApiResponses.error(48001, "api unauthorized");
            }
            return WechatApiResponses.ok(profile(app, user));
        });
    }

    /** {@code GET /sns/auth?access_token&openid} — is this token still good for this openid? */
    ServerResponse validateToken(ServerRequest request) {
        return withValidToken(request, (app, user, grant) -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("errcode", 0);
            body.put("errmsg", "ok");
            return WechatApiResponses.ok(body);
        });
    }

    /** What to do once a request's access_token and openid have been checked. */
    @FunctionalInterface
    private interface TokenHolderAction {
        ServerResponse apply(SandboxWechatApp app, SandboxUser user, OAuthGrant grant);
    }

    /** The checks /sns/userinfo and /sns/auth share: 41001, 41009, 40001, 42001, 40003. */
    private ServerResponse withValidToken(ServerRequest request, TokenHolderAction action) {
        String accessToken = param(request, "access_token");
        String openid = param(request, "openid");
        if (accessToken == null) {
            return WechatApiResponses.error(41001, "access_token missing");
        }
        if (openid == null) {
            return WechatApiResponses.error(41009, "missing openid");
        }
        return switch (tokens.findAccessToken(accessToken)) {
            case TokenLookup.Unknown<OAuthGrant> unknown ->
                    WechatApiResponses.error(40001, "invalid credential, access_token is invalid or not latest");
            case TokenLookup.Expired<OAuthGrant> expired -> WechatApiResponses.error(42001, "access_token expired");
            case TokenLookup.Found<OAuthGrant> found -> {
                SandboxWechatApp app = appOf(found.grant());
                SandboxUser user = userOf(found.grant());
                yield ids.openId(app, user).equals(openid)
                        ? action.apply(app, user, found.grant())
                        : WechatApiResponses.error(40003, "invalid openid");
            }
        };
    }

    private ServerResponse tokenResponse(SandboxWechatApp app, OAuthGrant grant) {
        SandboxUser user = userOf(grant);
        OAuthTokenStore.IssuedTokens issued = tokens.issue(grant);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", issued.accessToken());
        body.put("expires_in", issued.expiresInSeconds());
        body.put("refresh_token", issued.refreshToken());
        body.put("openid", ids.openId(app, user));
        body.put("scope", grant.scope().wireName());
        if (user.snapshot()) {
            body.put("is_snapshotuser", 1);
        }
        // WeChat announced that snsapi_base no longer yields a unionid; only snsapi_userinfo does.
        if (grant.scope() == OAuthScope.SNSAPI_USERINFO) {
            ids.unionId(app, user).ifPresent(unionid -> body.put("unionid", unionid));
        }
        return WechatApiResponses.ok(body);
    }

    /** The documented refresh answer: the same refresh_token comes back, its deadline unchanged. */
    private ServerResponse refreshResponse(SandboxWechatApp app, OAuthGrant grant, String refreshToken) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", tokens.issueAccessToken(grant));
        body.put("expires_in", tokens.accessTokenLifetimeSeconds());
        body.put("refresh_token", refreshToken);
        body.put("openid", ids.openId(app, userOf(grant)));
        body.put("scope", grant.scope().wireName());
        return WechatApiResponses.ok(body);
    }

    private Map<String, Object> profile(SandboxWechatApp app, SandboxUser user) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("openid", ids.openId(app, user));
        body.put("nickname", user.nickname());
        body.put("sex", user.sex());
        body.put("province", user.province());
        body.put("city", user.city());
        body.put("country", user.country());
        body.put("headimgurl", user.headimgurl());
        body.put("privilege", List.of());
        ids.unionId(app, user).ifPresent(unionid -> body.put("unionid", unionid));
        return body;
    }

    /** Grants only name apps and users that exist: apps are never removed, users are fixed at startup. */
    private SandboxWechatApp appOf(OAuthGrant grant) {
        return apps.find(grant.appid()).orElseThrow(() -> new IllegalStateException("grant for unknown app"));
    }

    private SandboxUser userOf(OAuthGrant grant) {
        return users.find(grant.userId()).orElseThrow(() -> new IllegalStateException("grant for unknown user"));
    }


    /** Absent and blank parameters are the same thing to WeChat: "missing". */
    private static String param(ServerRequest request, String name) {
        return request.param(name).filter(value -> !value.isBlank()).orElse(null);
    }
}
