package io.payerid.server.dialect.jucai;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.server.api.JsonParams;
import io.payerid.server.ratelimit.AppRequestQuota;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seed 000 (巨彩商服) {@code POST /pay/api/1.0/auth2OpenId}: WeChat payment code → openid, UnionPay
 * userAuthCode → user_id, for a merchant app signing with MD5. Mapped for every method and content type so
 * that a wrong one is answered in the seed's shape too, not by the generic JSON API errors.
 * See docs/compat/000-jucai.md.
 */
@RestController
public class JucaiAuth2OpenIdController {

    static final String PATH = "/pay/api/1.0/auth2OpenId";

    private final JsonMapper json;
    private final JucaiAuthenticator authenticator;
    private final JucaiPayerLookup payers;
    private final AppRequestQuota quota;

    public JucaiAuth2OpenIdController(JsonMapper json, JucaiAuthenticator authenticator, JucaiPayerLookup payers,
                                      AppRequestQuota quota) {
        this.json = json;
        this.authenticator = authenticator;
        this.payers = payers;
        this.quota = quota;
    }

    @RequestMapping(PATH)
    public ResponseEntity<Map<String, Object>> auth2OpenId(HttpServletRequest http, @RequestBody(required = false) String body) {
        Map<String, String> params = Map.of();
        JucaiApp app = null;
        try {
            requirePostJson(http);
            params = JsonParams.flat(json, body);
            app = authenticator.identify(params);
            authenticator.authenticate(app, params);
            quota.consume(app.app());
            JucaiRequest request = JucaiRequest.from(params);
            return JucaiAnswers.success(app, request, payers.lookup(app, request));
        } catch (PayerIdException e) {
            return JucaiAnswers.failure(e, app, params);
        }
    }

    private static void requirePostJson(HttpServletRequest http) {
        if (!"POST".equals(http.getMethod())) {
            throw new PayerIdException(ErrorCode.METHOD_NOT_ALLOWED, "use POST with a JSON body");
        }
        if (!isJson(http.getContentType())) {
            throw PayerIdException.invalid("Content-Type must be application/json");
        }
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return "application".equals(type.getType()) && "json".equals(type.getSubtype());
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
