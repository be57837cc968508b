package io.payerid.sandbox.wechat;

import io.payerid.sandbox.support.RandomTokens;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * A third-party platform's server calls, with WeChat's JSON and errcodes:
 * <ul>
 *   <li>{@code POST /cgi-bin/component/api_component_token} {component_appid, component_appsecret,
 *       component_verify_ticket} → {component_access_token, expires_in}; 61004-style refusals: 40013 unknown
 *       platform, 40125 wrong secret, 61006 a ticket that is unknown, another platform's or older than its TTL;</li>
 *   <li>{@code POST /cgi-bin/component/api_create_preauthcode?component_access_token} {component_appid} →
 *       {pre_auth_code, expires_in};</li>
 *   <li>{@code POST /cgi-bin/component/api_query_auth?component_access_token} {component_appid,
 *       authorization_code} → {authorization_info: {authorizer_appid, authorizer_access_token, expires_in,
 *       authorizer_refresh_token, func_info}}; 61009 for a code unknown, spent or expired.</li>
 * </ul>
 */
class ComponentApiController {

    private final SandboxComponents components;

    ComponentApiController(SandboxComponents components) {
        this.components = components;
    }

    ServerResponse componentToken(ServerRequest request) {
        Map<String, Object> body = json(request);
        String appid = SandboxJson.text(body, "component_appid");
        Optional<SandboxComponent> component = components.find(appid);
        if (component.isEmpty()) {
            return WechatApiResponses.error(40013, "invalid appid");
        }
        if (!AppCodeRequest.sameSecret(String.valueOf(SandboxJson.text(body, "component_appsecret")), component.get().secret())) {
            return WechatApiResponses.error(40125, "invalid appsecret");
        }
        if (!components.ticketValid(appid, SandboxJson.text(body, "component_verify_ticket"))) {
            return WechatApiResponses.error(61006, "component ticket is expired");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("component_access_token", components.issueToken(appid));
        answer.put("expires_in", components.tokenSeconds());
        return WechatApiResponses.ok(answer);
    }

    ServerResponse preAuthCode(ServerRequest request) {
        return withToken(request, (appid, body) -> {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("pre_auth_code", components.issuePreAuthCode(appid));
            answer.put("expires_in", components.preAuthCodeSeconds());
            return WechatApiResponses.ok(answer);
        });
    }

    ServerResponse queryAuth(ServerRequest request) {
        return withToken(request, this::queryAuth);
    }

    private ServerResponse queryAuth(String appid, Map<String, Object> body) {
        Optional<String> authorizer = components.redeemAuthCode(appid, SandboxJson.text(body, "authorization_code"));
        Optional<String> refreshToken = authorizer.flatMap(a -> components.refreshToken(appid, a));
        if (refreshToken.isEmpty()) {
            return WechatApiResponses.error(61009, "code is invalid");
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("authorizer_appid", authorizer.get());
        info.put("authorizer_access_token", "authorizertoken@@@" + RandomTokens.alphanumeric(32));
        info.put("expires_in", 7200);
        info.put("authorizer_refresh_token", refreshToken.get());
        info.put("func_info", List.of(Map.of("funcscope_category", Map.of("id", 1))));
        return WechatApiResponses.ok(Map.of("authorization_info", info));
    }

    /** The calls made with {@code ?component_access_token}: a known platform and its current token first. */
    private ServerResponse withToken(ServerRequest request, BiFunction<String, Map<String, Object>, ServerResponse> call) {
        Map<String, Object> body = json(request);
        String appid = SandboxJson.text(body, "component_appid");
        if (components.find(appid).isEmpty()) {
            return WechatApiResponses.error(40013, "invalid appid");
        }
        if (!components.tokenValid(appid, request.param("component_access_token").orElse(null))) {
            return WechatApiResponses.error(40001, "invalid credential, access_token is invalid or not latest");
        }
        return call.apply(appid, body);
    }

    /** Garbage bodies read as empty: every field is then missing and WeChat's errcode answers. */
    private static Map<String, Object> json(ServerRequest request) {
        try {
            return SandboxJson.object(request);
        } catch (IllegalArgumentException e) {
            return Map.of();
        }
    }
}
