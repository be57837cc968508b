package io.payerid.sandbox.wechat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Test controls over one app: {@code POST {base}/faults} with {@code {"appid", "busy": bool, "expireTokens": bool}}.
 * {@code busy} switches getpaidunionid's and jscode2session's -1 on or off; {@code expireTokens=true} expires every live base
 * token of the app now, so the next call with one gets 42001 (WeChat may shorten token lifetimes).
 * Answers the app's switches. Unauthenticated, like every sandbox control.
 */
public class SandboxFaultsController {

    private final SandboxWechatApps apps;
    private final SandboxFaults faults;
    private final BaseAccessTokens tokens;

    SandboxFaultsController(SandboxWechatApps apps, SandboxFaults faults, BaseAccessTokens tokens) {
        this.apps = apps;
        this.faults = faults;
        this.tokens = tokens;
    }

    ServerResponse apply(ServerRequest request) {
        Map<String, Object> body;
        try {
            body = SandboxJson.object(request);
        } catch (IllegalArgumentException e) {
            return problem("expected JSON {appid, busy?, expireTokens?}");
        }
        String appid = SandboxJson.text(body, "appid");
        if (apps.find(appid).isEmpty()) {
            return problem("unknown appid");
        }
        if (body.get("busy") instanceof Boolean busy) {
            faults.setBusy(appid, busy);
        }
        if (Boolean.TRUE.equals(body.get("expireTokens"))) {
            tokens.expireAll(appid);
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("appid", appid);
        view.put("busy", faults.busy(appid));
        return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).body(view);
    }

    private static ServerResponse problem(String message) {
        return ServerResponse.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", message));
    }
}
