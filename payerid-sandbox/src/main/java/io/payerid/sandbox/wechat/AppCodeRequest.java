package io.payerid.sandbox.wechat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The checks WeChat runs, in its order, before it looks at a code an app redeems with its secret
 * ({@code sns/oauth2/access_token} and {@code sns/jscode2session}): appid, secret, code and grant_type present,
 * the app known, its secret right. Every parameter is optional on the wire, so garbage gets WeChat's errcode.
 *
 * @param app  the app that presented its secret
 * @param code the code to redeem
 */
record AppCodeRequest(SandboxWechatApp app, String code) {

    /** Either the checked request or WeChat's refusal. */
    sealed interface Check permits Passed, Refused {
    }

    record Passed(AppCodeRequest request) implements Check {
    }

    record Refused(ServerResponse response) implements Check {
    }

    static Check check(ServerRequest request, String codeParameter, SandboxWechatApps apps) {
        String appid = param(request, "appid");
        String secret = param(request, "secret");
        String code = param(request, codeParameter);
        if (appid == null) {
            return refused(41002, "appid missing");
        }
        if (secret == null) {
            return refused(41004, "appsecret missing");
        }
        if (code == null) {
            return refused(41008, "missing code");
        }
        if (!"authorization_code".equals(param(request, "grant_type"))) {
            return refused(40002, "invalid grant_type");
        }
        Optional<SandboxWechatApp> app = apps.find(appid);
        if (app.isEmpty()) {
            return refused(40013, "invalid appid");
        }
        if (!sameSecret(secret, app.get().secret())) {
            return refused(40125, "invalid appsecret");
        }
        return new Passed(new AppCodeRequest(app.get(), code));
    }

    private static Refused refused(int errcode, String errmsg) {
        return new Refused(WechatApiResponses.error(errcode, errmsg));
    }

    /** Constant-time, so response timing does not leak how much of a secret was right. */
    static boolean sameSecret(String presented, String expected) {
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    /** Absent and blank parameters are the same thing to WeChat: "missing". */
    private static String param(ServerRequest request, String name) {
        return request.param(name).filter(value -> !value.isBlank()).orElse(null);
    }
}
