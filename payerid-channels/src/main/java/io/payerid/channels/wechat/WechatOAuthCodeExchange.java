package io.payerid.channels.wechat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.payerid.core.redirect.PercentEncoding;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.WechatOfficialAccount;
import me.chanjar.weixin.common.bean.oauth2.WxOAuth2AccessToken;
import me.chanjar.weixin.common.error.WxError;
import me.chanjar.weixin.common.error.WxErrorException;

/**
 * The OAuth callback's code exchange ({@code sns/oauth2/access_token}), one lean call over the shared WeChat pool
 * ({@link WechatJsonHttp}) instead of WxJava's {@code WxOAuth2Service.getAccessToken}. Measured with 5,000 payers'
 * callbacks at once (bench/slow-upstreams), WxJava's call was 28 % of the gateway's CPU per callback, most of it
 * work this call does not need: its response handler decodes the body through a fresh 8 KB reader, then parses it
 * twice with Gson, once for an error (re-serialising the tree on the way) and once into the token. Here the body
 * is parsed once. The answer is WxJava's own token bean, so the userinfo step and every caller stay WxJava's.
 */
final class WechatOAuthCodeExchange {

    private static final String WHAT = "sns/oauth2/access_token";

    private final String apiHost;

    WechatOAuthCodeExchange(WechatHosts hosts) {
        this.apiHost = hosts.apiBaseUrl();
    }

    /**
     * The payer's user token for {@code code}.
     *
     * @throws WxErrorException WeChat answered an errcode (as WxJava would report it)
     * @throws PayerIdException WeChat could not be reached, or answered something that is not its JSON
     */
    WxOAuth2AccessToken exchange(WechatOfficialAccount account, String code) throws WxErrorException {
        String answer = WechatJsonHttp.get(url(account, code), WHAT);
        JsonObject json = parse(answer);
        int errcode = intOf(json, "errcode");
        if (errcode != 0) {
            // Only the code and message: the upstream's whole answer would follow the exception into any log.
            throw new WxErrorException(WxError.builder().errorCode(errcode).errorMsg(textOf(json, "errmsg")).build());
        }
        String openId = textOf(json, "openid");
        if (openId == null || openId.isBlank()) {
            throw new PayerIdException(ErrorCode.UPSTREAM_ERROR, "WeChat's " + WHAT + " answer has no openid");
        }
        WxOAuth2AccessToken token = new WxOAuth2AccessToken();
        token.setAccessToken(textOf(json, "access_token"));
        token.setExpiresIn(intOf(json, "expires_in"));
        token.setRefreshToken(textOf(json, "refresh_token"));
        token.setOpenId(openId);
        token.setScope(textOf(json, "scope"));
        token.setUnionId(blankToNull(textOf(json, "unionid")));
        token.setSnapshotUser(json.has("is_snapshotuser") ? intOf(json, "is_snapshotuser") : null);
        return token;
    }

    private String url(WechatOfficialAccount account, String code) {
        return apiHost + "/sns/oauth2/access_token?appid=" + PercentEncoding.FORM.encode(account.appId())
                + "&secret=" + PercentEncoding.FORM.encode(account.appSecret().reveal())
                + "&code=" + PercentEncoding.FORM.encode(code)
                + "&grant_type=authorization_code";
    }

    private static JsonObject parse(String answer) {
        try {
            JsonElement root = JsonParser.parseString(answer);
            if (root.isJsonObject()) {
                return root.getAsJsonObject();
            }
        } catch (RuntimeException notJson) {
            // falls through to the one error below: the answer's text may hold anything, it is not repeated
        }
        throw new PayerIdException(ErrorCode.UPSTREAM_ERROR, "WeChat's " + WHAT + " answer is not its JSON");
    }

    private static String textOf(JsonObject json, String field) {
        JsonElement value = json.get(field);
        return value == null || !value.isJsonPrimitive() ? null : value.getAsString();
    }

    /** A number WeChat sends as a JSON number (or, from a lenient proxy, as a numeric string); absent is 0. */
    private static int intOf(JsonObject json, String field) {
        String text = textOf(json, field);
        if (text == null) {
            return 0;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new PayerIdException(ErrorCode.UPSTREAM_ERROR, "WeChat's " + WHAT + " answer has a malformed " + field);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
