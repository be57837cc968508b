package io.payerid.sandbox.wechat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The base access token endpoints of the "api" host:
 * <ul>
 *   <li>{@code GET /cgi-bin/token?grant_type=client_credential&appid&secret}: a new token on every call,
 *       the previous one still valid for 5 minutes, anything older answered with 40001;</li>
 *   <li>{@code POST /cgi-bin/stable_token} with JSON {@code {grant_type, appid, secret, force_refresh}}: the
 *       same token until less than 5 minutes are left, then a new one (the old one living out its time);
 *       {@code force_refresh} rotates at most 20 times a day and 30 s apart, otherwise the current token.</li>
 * </ul>
 * The two are separate namespaces. Errors: 41002 / 41004 missing appid / secret, 40002 bad grant_type,
 * 40013 unknown appid, 40125 wrong secret, 47001 unreadable JSON.
 */
public class WechatBaseTokenController {

    private static final String CLIENT_CREDENTIAL = "client_credential";

    private final SandboxWechatApps apps;
    private final BaseAccessTokens tokens;
    private final ForceRefreshLimiter forceLimiter;
    private final TokenFetchCounter fetches;
    private final Clock clock;

    WechatBaseTokenController(SandboxWechatApps apps, BaseAccessTokens tokens, ForceRefreshLimiter forceLimiter,
                              TokenFetchCounter fetches, Clock clock) {
        this.apps = apps;
        this.tokens = tokens;
        this.forceLimiter = forceLimiter;
        this.fetches = fetches;
        this.clock = clock;
    }

    ServerResponse classicToken(ServerRequest request) {
        String appid = param(request, "appid");
        Optional<ServerResponse> refused = checkCredentials(param(request, "grant_type"), appid, param(request, "secret"));
        if (refused.isPresent()) {
            return refused.get();
        }
        return issued(appid, tokens.rotate(BaseTokenFamily.CLASSIC, appid));
    }

    ServerResponse stableToken(ServerRequest request) {
        Map<String, Object> body;
        try {
            body = SandboxJson.object(request);
        } catch (IllegalArgumentException e) {
            return WechatApiResponses.error(47001, "data format error");
        }
        Object force = body.get("force_refresh");
        if (force != null && !(force instanceof Boolean)) {
            return WechatApiResponses.error(47001, "data format error, force_refresh must be a boolean");
        }
        String appid = SandboxJson.text(body, "appid");
        Optional<ServerResponse> refused = checkCredentials(SandboxJson.text(body, "grant_type"), appid,
                SandboxJson.text(body, "secret"));
        if (refused.isPresent()) {
            return refused.get();
        }
        return issued(appid, stableTokenFor(appid, Boolean.TRUE.equals(force)));
    }

    private BaseAccessTokens.Issued stableTokenFor(String appid, boolean forceRefresh) {
        Optional<BaseAccessTokens.Issued> current = tokens.current(BaseTokenFamily.STABLE, appid);
        if (forceRefresh && forceLimiter.tryAcquire(appid, clock.instant())) {
            return tokens.rotate(BaseTokenFamily.STABLE, appid);
        }
        boolean enoughLeft = current.filter(token -> token.expiresInSeconds() >= BaseAccessTokens.OVERLAP.toSeconds())
                .isPresent();
        return enoughLeft ? current.get() : tokens.rotate(BaseTokenFamily.STABLE, appid);
    }

    /** The checks both endpoints share, in WeChat's order; empty when the caller may have a token. */
    private Optional<ServerResponse> checkCredentials(String grantType, String appid, String secret) {
        if (appid == null) {
            return Optional.of(WechatApiResponses.error(41002, "appid missing"));
        }
        if (secret == null) {
            return Optional.of(WechatApiResponses.error(41004, "appsecret missing"));
        }
        if (!CLIENT_CREDENTIAL.equals(grantType)) {
            return Optional.of(WechatApiResponses.error(40002, "invalid grant_type"));
        }
        Optional<SandboxWechatApp> app = apps.find(appid);
        if (app.isEmpty()) {
            return Optional.of(WechatApiResponses.error(40013, "invalid appid"));
        }
        if (!sameSecret(secret, app.get().secret())) {
            return Optional.of(WechatApiResponses.error(40125, "invalid appsecret"));
        }
        return Optional.empty();
    }

    private ServerResponse issued(String appid, BaseAccessTokens.Issued token) {
        fetches.record(appid);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", token.token());
        body.put("expires_in", token.expiresInSeconds());
        return WechatApiResponses.ok(body);
    }

    /** Constant-time, so response timing does not leak how much of a secret was right. */
    private static boolean sameSecret(String presented, String expected) {
        return MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }

    private static String param(ServerRequest request, String name) {
        return request.param(name).filter(value -> !value.isBlank()).orElse(null);
    }
}
