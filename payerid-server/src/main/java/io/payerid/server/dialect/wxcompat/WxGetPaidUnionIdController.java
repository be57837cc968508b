package io.payerid.server.dialect.wxcompat;

import io.payerid.server.web.RequestParameters;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Seed 003, the HTTPS call: {@code GET /wxa/getpaidunionid?access_token&openid&(transaction_id | mch_id&out_trade_no)}
 * → {@code {"unionid","errcode":0,"errmsg":"ok"}}, the token being one the gateway issued
 * ({@link WxAccessTokenController}). See docs/compat/003-wechat-getpaidunionid.md.
 */
@RestController
@WxAnswers(WxAnswerShape.HTTPS)
class WxGetPaidUnionIdController {

    private final PaidUnionIdTranslation translation;

    WxGetPaidUnionIdController(PaidUnionIdTranslation translation) {
        this.translation = translation;
    }

    @GetMapping(WxCompatPaths.GET_PAID_UNIONID)
    ResponseEntity<Map<String, Object>> getPaidUnionId(HttpServletRequest request) {
        Map<String, String> params = RequestParameters.single(request);
        String unionid = translation.unionid(new PaidUnionIdQuery(params.get("access_token"), params.get("openid"),
                params.get("transaction_id"), params.get("mch_id"), params.get("out_trade_no")));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noStore())
                .body(WxAnswerShape.HTTPS.unionid(unionid));
    }

    /** GET is the HTTPS call and POST the cloud-call shape ({@link WxCloudCallPaidUnionIdController}); nothing else. */
    @RequestMapping(WxCompatPaths.GET_PAID_UNIONID)
    ResponseEntity<Map<String, Object>> otherMethod() {
        throw WxErrcodes.of(WxErrcodes.REQUIRE_GET, "require GET method");
    }
}
