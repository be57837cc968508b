package io.payerid.server.dialect.wxcompat;

import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seed 003, the cloud-call shape ({@code openapi.auth.getPaidUnionId}) over HTTP:
 * {@code POST /wxa/getpaidunionid?access_token=…} with {@code {"openid","transactionId","mchId","outTradeNo"}}
 * → {@code {"unionid","errCode":0,"errMsg":"openapi.auth.getPaidUnionId:ok"}}. The same translation as the
 * HTTPS call; only the field names differ. See docs/compat/003-wechat-getpaidunionid.md.
 */
@RestController
@WxAnswers(WxAnswerShape.CLOUD_CALL)
class WxCloudCallPaidUnionIdController {

    private final PaidUnionIdTranslation translation;
    private final JsonMapper json;

    WxCloudCallPaidUnionIdController(PaidUnionIdTranslation translation, JsonMapper json) {
        this.translation = translation;
        this.json = json;
    }

    @PostMapping(WxCompatPaths.GET_PAID_UNIONID)
    ResponseEntity<Map<String, Object>> getPaidUnionId(
            @RequestParam(name = "access_token", required = false) String accessToken,
            @RequestBody(required = false) String body) {
        Map<String, String> fields = WxJsonBodies.flat(json, body);
        String unionid = translation.unionid(new PaidUnionIdQuery(accessToken, fields.get("openid"),
                fields.get("transactionId"), fields.get("mchId"), fields.get("outTradeNo")));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noStore())
                .body(WxAnswerShape.CLOUD_CALL.unionid(unionid));
    }
}
