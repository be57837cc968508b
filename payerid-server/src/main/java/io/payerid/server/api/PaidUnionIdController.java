package io.payerid.server.api;

import io.payerid.channels.wechat.PaidOrder;
import io.payerid.server.api.MerchantPaidUnionIdLookup.PaidUnionId;
import io.payerid.server.web.RequestParameters;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /v1/wechat/paid-unionid}: the payer's unionid after a mini-program payment (WeChat's
 * getpaidunionid, within 5 minutes of paying), for the merchant's effective WECHAT_MINIAPP configuration.
 * Signed JSON: appId, mchNo, openid, transactionId or mchId + outTradeNo, timestamp, nonce, [signType], sign.
 */
@RestController
class PaidUnionIdController {

    private final SignedApiAuthenticator authenticator;
    private final SignedApiResponses responses;
    private final MerchantPaidUnionIdLookup lookup;
    private final JsonMapper json;

    PaidUnionIdController(SignedApiAuthenticator authenticator, SignedApiResponses responses,
                          MerchantPaidUnionIdLookup lookup, JsonMapper json) {
        this.authenticator = authenticator;
        this.responses = responses;
        this.lookup = lookup;
        this.json = json;
    }

    @PostMapping(path = "/v1/wechat/paid-unionid", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, String> paidUnionId(@RequestBody(required = false) String body) {
        Map<String, String> params = JsonParams.flat(json, body);
        ApiCaller caller = authenticator.authenticate(params);
        String openid = RequestParameters.required(params, "openid");
        PaidOrder order = PaidOrder.of(params.get("transactionId"), params.get("mchId"), params.get("outTradeNo"));
        PaidUnionId paid = lookup.lookup(caller.merchant(), openid, order);
        Map<String, String> data = new LinkedHashMap<>();
        data.put("channelAppId", paid.channelAppId());
        data.put("openid", openid);
        data.put("unionid", paid.unionid());
        return responses.success(caller, data);
    }
}
