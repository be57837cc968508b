package io.payerid.server.api;

import io.payerid.core.paycode.PaymentCodeIdentity;
import io.payerid.core.paycode.PaymentCodeQuery;
import io.payerid.core.paycode.PaymentCodeService;
import io.payerid.server.web.RequestParameters;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /v1/paycode/identity}: who holds the payment code (付款码) a merchant just scanned. Signed
 * flat JSON {@code appId, mchNo, authCode, [subAppId], timestamp, nonce, [signType], sign}; the signed
 * answer carries {@code wallet}, {@code openid}, {@code channelAppId} (the appid the openid belongs to) and,
 * in WeChat Pay partner mode, {@code subOpenid} under {@code subAppId}.
 */
@RestController
public class PaymentCodeIdentityController {

    private final JsonMapper json;
    private final SignedApiAuthenticator authenticator;
    private final PaymentCodeService paymentCodes;
    private final SignedApiResponses responses;

    public PaymentCodeIdentityController(JsonMapper json, SignedApiAuthenticator authenticator,
                                         PaymentCodeService paymentCodes, SignedApiResponses responses) {
        this.json = json;
        this.authenticator = authenticator;
        this.paymentCodes = paymentCodes;
        this.responses = responses;
    }

    @PostMapping(path = "/v1/paycode/identity", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, String> identify(@RequestBody(required = false) String body) {
        Map<String, String> params = JsonParams.flat(json, body);
        // Authenticated before the code is looked at: a code is a payer's money for a minute.
        ApiCaller caller = authenticator.authenticate(params);
        PaymentCodeQuery query = new PaymentCodeQuery(RequestParameters.required(params, "authCode"), params.get("subAppId"));
        PaymentCodeIdentity identity = paymentCodes.identify(caller.merchant(), query);
        return responses.success(caller, answer(identity));
    }

    private static Map<String, String> answer(PaymentCodeIdentity identity) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("wallet", identity.wallet().name());
        data.put("channelAppId", identity.appId());
        data.put("openid", identity.openId());
        data.put("subAppId", identity.subAppId());
        data.put("subOpenid", identity.subOpenId());
        return data;
    }
}
