package io.payerid.sandbox.alipay;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * {@code my.getAuthCode} inside an Alipay mini-program, for a chosen sandbox user:
 * {@code POST {base}/miniprogram/auth-code} with {@code {"appId","user","scopes":"auth_base|auth_user"}} →
 * {@code {"authCode", "appId", "user"}}. The code is an ordinary auth_code of that app (its lifetime, single use),
 * redeemed through {@code alipay.system.oauth.token} exactly like a web one; auth_base needs no consent page, as in
 * a mini-program. Unauthenticated, like every sandbox control.
 */
public class MiniProgramAuthCodeController {

    record AuthCodeRequest(String appId, String user, String scopes) {
    }

    private final SandboxAlipayApps apps;
    private final SandboxAlipayUsers users;
    private final AuthCodeStore codes;
    private final Duration defaultCodeTtl;

    MiniProgramAuthCodeController(SandboxAlipayApps apps, SandboxAlipayUsers users, AuthCodeStore codes,
                                  Duration defaultCodeTtl) {
        this.apps = apps;
        this.users = users;
        this.codes = codes;
        this.defaultCodeTtl = defaultCodeTtl;
    }

    ServerResponse issue(ServerRequest request) {
        AuthCodeRequest body;
        try {
            body = request.body(AuthCodeRequest.class);
        } catch (Exception e) {
            body = null;
        }
        if (body == null) {
            return problem("expected JSON {appId, user, scopes?}");
        }
        Optional<SandboxAlipayApp> app = apps.find(body.appId());
        Optional<SandboxAlipayUser> user = users.find(body.user());
        Optional<AlipayScope> scope = body.scopes() == null ? Optional.of(AlipayScope.AUTH_BASE) : AlipayScope.parse(body.scopes());
        if (app.isEmpty() || user.isEmpty() || scope.isEmpty()) {
            return problem(app.isEmpty() ? "unknown appId" : user.isEmpty() ? "unknown user" : "scopes must be auth_base or auth_user");
        }
        Duration ttl = app.get().authCodeTtl() == null ? defaultCodeTtl : app.get().authCodeTtl();
        String code = codes.issue(new AuthGrant(app.get().appId(), user.get().id(), scope.get()), ttl);
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("authCode", code);
        view.put("appId", app.get().appId());
        view.put("user", user.get().id());
        return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).body(view);
    }

    private static ServerResponse problem(String message) {
        return ServerResponse.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", message));
    }
}
