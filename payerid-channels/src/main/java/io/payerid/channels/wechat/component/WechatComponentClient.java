package io.payerid.channels.wechat.component;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.payerid.channels.wechat.WechatApiException;
import io.payerid.channels.wechat.WechatHosts;
import io.payerid.channels.wechat.WechatJsonHttp;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.redirect.PercentEncoding;
import io.payerid.core.tenant.Secret;
import io.payerid.core.token.AccessToken;
import java.time.Duration;
import java.util.Optional;

/**
 * The few third-party platform (component) calls the gateway makes, as a lean client: WxJava's open module
 * ({@code weixin-java-open}) is the field library for them, but it cannot be had where this project is built, and
 * these are five small JSON calls. Every query value is encoded; no URL (they carry tokens) reaches a message.
 * Errcodes come back as {@link WechatApiException} so callers can react to token rejections (40001/40014/42001).
 */
public final class WechatComponentClient {


    private final String apiHost;

    public WechatComponentClient(WechatHosts hosts) {
        this.apiHost = hosts.apiBaseUrl();
    }

    /** {@code POST /cgi-bin/component/api_component_token}: needs the latest pushed ticket. */
    public AccessToken componentToken(String componentAppId, Secret appSecret, String ticket) {
        JsonObject body = new JsonObject();
        body.addProperty("component_appid", componentAppId);
        body.addProperty("component_appsecret", appSecret.reveal());
        body.addProperty("component_verify_ticket", ticket);
        JsonObject answer = call(apiHost + "/cgi-bin/component/api_component_token", body, "api_component_token");
        try {
            return new AccessToken(string(answer, "component_access_token"),
                    Duration.ofSeconds(answer.get("expires_in").getAsLong()));
        } catch (RuntimeException e) {
            throw unusable("api_component_token", e);
        }
    }

    /** {@code POST /cgi-bin/component/api_create_preauthcode}: a pre_auth_code for one onboarding page. */
    public String preAuthCode(String componentAppId, String componentToken) {
        JsonObject body = new JsonObject();
        body.addProperty("component_appid", componentAppId);
        return required(call(withToken("/cgi-bin/component/api_create_preauthcode", componentToken), body,
                "api_create_preauthcode"), "pre_auth_code", "api_create_preauthcode");
    }

    /** {@code POST /cgi-bin/component/api_query_auth}: the authorization the merchant's admin just gave. */
    public Authorization queryAuth(String componentAppId, String componentToken, String authorizationCode) {
        JsonObject body = new JsonObject();
        body.addProperty("component_appid", componentAppId);
        body.addProperty("authorization_code", authorizationCode);
        JsonObject answer = call(withToken("/cgi-bin/component/api_query_auth", componentToken), body, "api_query_auth");
        JsonElement info = answer.get("authorization_info");
        if (info == null || !info.isJsonObject()) {
            throw unusable("api_query_auth", null);
        }
        JsonObject authorization = info.getAsJsonObject();
        return new Authorization(required(authorization, "authorizer_appid", "api_query_auth"),
                Secret.of(required(authorization, "authorizer_refresh_token", "api_query_auth")));
    }

    /** {@code GET /sns/oauth2/component/access_token}: a web OAuth code of an authorizer account; no secret. */
    public JsonObject oauthAccessToken(String authorizerAppId, String componentAppId, String componentToken, String code) {
        return get("/sns/oauth2/component/access_token?appid=" + enc(authorizerAppId) + "&code=" + enc(code)
                + "&grant_type=authorization_code&component_appid=" + enc(componentAppId)
                + "&component_access_token=" + enc(componentToken), "sns/oauth2/component/access_token");
    }

    /** {@code GET /sns/userinfo}: the profile behind a snsapi_userinfo user token (the same as direct mode). */
    public JsonObject userInfo(String userToken, String openId) {
        return get("/sns/userinfo?access_token=" + enc(userToken) + "&openid=" + enc(openId) + "&lang=zh_CN",
                "sns/userinfo");
    }

    /** {@code GET /sns/component/jscode2session}: a mini-program login code of an authorizer mini-program. */
    public JsonObject jsCodeToSession(String authorizerAppId, String componentAppId, String componentToken, String jsCode) {
        return get("/sns/component/jscode2session?appid=" + enc(authorizerAppId) + "&js_code=" + enc(jsCode)
                + "&grant_type=authorization_code&component_appid=" + enc(componentAppId)
                + "&component_access_token=" + enc(componentToken), "sns/component/jscode2session");
    }

    private JsonObject get(String pathAndQuery, String what) {
        return checked(WechatJsonHttp.get(apiHost + pathAndQuery, what), what);
    }

    private static JsonObject call(String url, JsonObject body, String what) {
        return checked(WechatJsonHttp.postJson(url, body.toString(), what), what);
    }

    private String withToken(String path, String componentToken) {
        return apiHost + path + "?component_access_token=" + enc(componentToken);
    }

    private static JsonObject checked(String answer, String what) {
        JsonObject json;
        int errcode;
        try {
            json = JsonParser.parseString(answer).getAsJsonObject();
            // A garbled answer ("errcode":"x", an object) is unusable, not an unchecked exception out of the call.
            errcode = Optional.ofNullable(json.get("errcode")).filter(JsonElement::isJsonPrimitive)
                    .map(JsonElement::getAsInt).orElse(0);
        } catch (RuntimeException e) {
            throw unusable(what, e);
        }
        if (errcode != 0) {
            throw ComponentErrors.refused(what, errcode);
        }
        return json;
    }

    static String string(JsonObject json, String field) {
        JsonElement value = json.get(field);
        // Only a JSON string or number is a value; an object or array where a string belongs counts as missing.
        return value == null || !value.isJsonPrimitive() || value.getAsString().isBlank() ? null : value.getAsString();
    }

    private static String required(JsonObject json, String field, String what) {
        String value = string(json, field);
        if (value == null) {
            throw unusable(what, null);
        }
        return value;
    }

    private static PayerIdException unusable(String what, Throwable cause) {
        return new PayerIdException(ErrorCode.UPSTREAM_ERROR, "WeChat's " + what + " answer could not be used", cause);
    }

    private static String enc(String value) {
        return PercentEncoding.FORM.encode(value);
    }

    /** An authorizer account and its refresh token (secret: it stands for the merchant's grant). */
    public record Authorization(String authorizerAppId, Secret refreshToken) {
    }
}
