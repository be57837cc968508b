package io.payerid.server.api;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.miniprogram.MiniProgramIdentityService;
import io.payerid.core.miniprogram.MiniProgramSession;
import io.payerid.core.miniprogram.SessionKeyEnvelope;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.server.web.RequestParameters;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /v1/miniprogram/identity}: who the payer in the merchant's mini-program is. Signed flat JSON
 * {@code appId, mchNo, channel (WECHAT_MINIAPP | ALIPAY_MINIAPP), code, timestamp, nonce, [signType], sign};
 * the signed answer carries {@code channel}, {@code channelAppId}, {@code openid}, {@code unionid},
 * {@code userId} (Alipay) and, only when the configuration delivers it, {@code encryptedSessionKey} sealed
 * to the calling app's sign key ({@link SessionKeyEnvelope}).
 */
@RestController
class MiniProgramIdentityController {

    private final JsonMapper json;
    private final SignedApiAuthenticator authenticator;
    private final MiniProgramIdentityService identities;
    private final SignedApiResponses responses;

    MiniProgramIdentityController(JsonMapper json, SignedApiAuthenticator authenticator,
                                  MiniProgramIdentityService identities, SignedApiResponses responses) {
        this.json = json;
        this.authenticator = authenticator;
        this.identities = identities;
        this.responses = responses;
    }

    @PostMapping(path = "/v1/miniprogram/identity", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, String> identify(@RequestBody(required = false) String body) {
        Map<String, String> params = JsonParams.flat(json, body);
        // Authenticated before the code is looked at: a login code is the payer's session.
        ApiCaller caller = authenticator.authenticate(params);
        ChannelKind kind = channel(RequestParameters.required(params, "channel"));
        MiniProgramSession session = identities.identify(caller.merchant(), kind, RequestParameters.required(params, "code"));
        return responses.success(caller, answer(caller, session));
    }

    private static ChannelKind channel(String value) {
        return switch (value) {
            case "WECHAT_MINIAPP" -> ChannelKind.WECHAT_MINIAPP;
            case "ALIPAY_MINIAPP" -> ChannelKind.ALIPAY_MINIAPP;
            default -> throw new PayerIdException(ErrorCode.UNSUPPORTED_CHANNEL,
                    "channel must be WECHAT_MINIAPP or ALIPAY_MINIAPP");
        };
    }

    private static Map<String, String> answer(ApiCaller caller, MiniProgramSession session) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("channel", session.channel().name());
        data.put("channelAppId", session.appId());
        data.put("openid", session.openId());
        data.put("unionid", session.unionId());
        data.put("userId", session.userId());
        if (session.sessionKey() != null) {
            data.put("encryptedSessionKey", sealed(caller, session));
        }
        return data;
    }

    private static String sealed(ApiCaller caller, MiniProgramSession session) {
        if (caller.app().signKey() == null) {
            throw new PayerIdException(ErrorCode.CHANNEL_NOT_CONFIGURED, "sessionKeyDelivery=encrypted needs an app with"
                    + " a shared sign key (MD5/HMAC-SHA256) to seal the session_key to; this app signs with RSA only");
        }
        return SessionKeyEnvelope.seal(caller.app().signKey(), session.appId(), session.openId(), session.sessionKey());
    }
}
