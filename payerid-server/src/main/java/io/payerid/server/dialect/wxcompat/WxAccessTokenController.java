package io.payerid.server.dialect.wxcompat;

import io.payerid.core.tenant.MerchantApp;
import io.payerid.server.web.RequestParameters;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * WeChat's base access token endpoints, issuing the gateway's own credential of a merchant app (appid = the
 * app's appId, secret = its signKey): {@code GET /cgi-bin/token?grant_type=client_credential&appid&secret}
 * (a new token each time, WeChat's rotation) and {@code POST /cgi-bin/stable_token} with
 * {@code {"grant_type","appid","secret","force_refresh"}}. Answer: {@code {"access_token","expires_in"}}.
 * See docs/compat/003-wechat-getpaidunionid.md.
 */
@RestController
@WxAnswers(WxAnswerShape.HTTPS)
class WxAccessTokenController {

    private final WxCompatCallers callers;
    private final MerchantAppTokens tokens;
    private final JsonMapper json;

    WxAccessTokenController(WxCompatCallers callers, MerchantAppTokens tokens, JsonMapper json) {
        this.callers = callers;
        this.tokens = tokens;
        this.json = json;
    }

    @GetMapping(WxCompatPaths.TOKEN)
    ResponseEntity<Map<String, Object>> token(HttpServletRequest request) {
        Map<String, String> params = RequestParameters.single(request);
        MerchantApp app = callers.authenticate(params.get("grant_type"), params.get("appid"), params.get("secret"));
        return issued(tokens.classic(app.appId()));
    }

    @PostMapping(WxCompatPaths.STABLE_TOKEN)
    ResponseEntity<Map<String, Object>> stableToken(@RequestBody(required = false) String body) {
        Map<String, String> fields = WxJsonBodies.flat(json, body);
        boolean forceRefresh = forceRefresh(fields.get("force_refresh"));
        MerchantApp app = callers.authenticate(fields.get("grant_type"), fields.get("appid"), fields.get("secret"));
        return issued(tokens.stable(app.appId(), forceRefresh));
    }

    @RequestMapping(WxCompatPaths.TOKEN)
    ResponseEntity<Map<String, Object>> tokenByOtherMethod() {
        throw WxErrcodes.of(WxErrcodes.REQUIRE_GET, "require GET method");
    }

    @RequestMapping(WxCompatPaths.STABLE_TOKEN)
    ResponseEntity<Map<String, Object>> stableTokenByOtherMethod() {
        throw WxErrcodes.of(WxErrcodes.REQUIRE_POST, "require POST method");
    }

    /** WeChat's field is a JSON boolean; absent means false. */
    private static boolean forceRefresh(String value) {
        if (value == null || value.isEmpty() || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw WxErrcodes.of(WxErrcodes.DATA_FORMAT_ERROR, "data format error hint: [force_refresh must be a boolean]");
    }

    private static ResponseEntity<Map<String, Object>> issued(MerchantAppTokens.Grant grant) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", grant.accessToken());
        body.put("expires_in", grant.expiresInSeconds());
        // A credential: no intermediary may keep a copy.
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noStore()).body(body);
    }
}
