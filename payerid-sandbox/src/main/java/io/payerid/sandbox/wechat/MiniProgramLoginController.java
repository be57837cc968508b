package io.payerid.sandbox.wechat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Both sides of 小程序登录. {@code POST {base}/miniprogram/login} with {@code {"appid","user"}} plays
 * {@code wx.login} inside the mini-program of a chosen sandbox user: a code for that appid, single-use, alive
 * {@code code-ttl} (WeChat: 5 minutes); sandbox-only, it also tells the tester the {@code session_key} the code
 * will yield. {@code GET {api}/sns/jscode2session?appid&secret&js_code&grant_type=authorization_code} is WeChat's
 * server API: openid, session_key, unionid when the app is bound to an open platform account, or WeChat's
 * errcodes (41002/41004/41008/40002 missing or wrong parameters, 40013 appid, 40125 secret, 40029 invalid code,
 * 40163 code been used, 45011 the user's per-minute quota, -1 while the app's {@code busy} fault is on).
 */
public class MiniProgramLoginController {

    private final SandboxWechatApps apps;
    private final SandboxUsers users;
    private final OAuthCodeStore codes;
    private final OpenIdDerivation ids;
    private final SessionKeyDerivation sessionKeys;
    private final JsCodeQuota quota;
    private final SandboxFaults faults;
    private final SandboxComponents components;

    MiniProgramLoginController(SandboxWechatApps apps, SandboxUsers users, OAuthCodeStore codes, OpenIdDerivation ids,
                               SessionKeyDerivation sessionKeys, JsCodeQuota quota, SandboxFaults faults,
                               SandboxComponents components) {
        this.components = components;
        this.apps = apps;
        this.users = users;
        this.codes = codes;
        this.ids = ids;
        this.sessionKeys = sessionKeys;
        this.quota = quota;
        this.faults = faults;
    }

    /** {@code wx.login} for a chosen user: unauthenticated, like every sandbox control. */
    ServerResponse login(ServerRequest request) {
        Map<String, Object> body;
        try {
            body = SandboxJson.object(request);
        } catch (IllegalArgumentException e) {
            return problem("expected JSON {appid, user}");
        }
        Optional<SandboxWechatApp> app = apps.find(SandboxJson.text(body, "appid"));
        Optional<SandboxUser> user = users.find(SandboxJson.text(body, "user"));
        if (app.isEmpty() || user.isEmpty()) {
            return problem(app.isEmpty() ? "unknown appid" : "unknown user");
        }
        String code = codes.issue(new OAuthGrant(app.get().appid(), user.get().id(), OAuthScope.SNSAPI_BASE));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("code", code);
        view.put("appid", app.get().appid());
        view.put("user", user.get().id());
        view.put("openid", ids.openId(app.get(), user.get()));
        view.put("session_key", sessionKeys.sessionKey(app.get().appid(), code));
        return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).body(view);
    }

    /** {@code GET /sns/jscode2session}: every parameter optional, so garbage gets WeChat's errcode. */
    ServerResponse jsCodeToSession(ServerRequest request) {
        return redeem(AppCodeRequest.check(request, "js_code", apps));
    }

    /** {@code GET /sns/component/jscode2session}: a third-party platform's login for an authorizer mini-program. */
    ServerResponse componentJsCodeToSession(ServerRequest request) {
        return redeem(ComponentCodeRequest.check(request, "js_code", apps, components));
    }

    private ServerResponse redeem(AppCodeRequest.Check check) {
        if (check instanceof AppCodeRequest.Refused refused) {
            return refused.response();
        }
        AppCodeRequest checked = ((AppCodeRequest.Passed) check).request();
        String appid = checked.app().appid();
        String code = checked.code();
        if (faults.busy(appid)) {
            // Busy before the code is looked at: WeChat's -1 leaves the code unspent.
            return WechatApiResponses.error(-1, "system error");
        }
        Optional<OAuthGrant> holder = codes.peek(code).filter(grant -> grant.appid().equals(appid));
        if (holder.isPresent() && !quota.take(appid, holder.get().userId())) {
            // Counted before the code is spent: a refused call leaves it redeemable next minute.
            return WechatApiResponses.error(45011, "api minute-quota reach limit  mustslower  retry next minute");
        }
        return switch (codes.redeem(appid, code)) {
            case CodeRedemption.Redeemed redeemed -> session(checked.app(), redeemed.grant(), code);
            case CodeRedemption.AlreadyUsed used -> WechatApiResponses.error(40163, "code been used");
            case CodeRedemption.Invalid invalid -> WechatApiResponses.error(40029, "invalid code");
        };
    }

    private ServerResponse session(SandboxWechatApp app, OAuthGrant grant, String code) {
        SandboxUser user = users.find(grant.userId()).orElseThrow(() -> new IllegalStateException("grant for unknown user"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("session_key", sessionKeys.sessionKey(app.appid(), code));
        ids.unionId(app, user).ifPresent(unionid -> body.put("unionid", unionid));
        body.put("openid", ids.openId(app, user));
        return WechatApiResponses.ok(body);
    }


    private static ServerResponse problem(String message) {
        return ServerResponse.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", message));
    }
}
