package io.payerid.server.api;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.core.tenant.WechatMiniApp;
import io.payerid.core.tenant.WechatOfficialAccount;
import io.payerid.core.token.AccessToken;
import io.payerid.core.token.AccessTokenHolder;
import io.payerid.core.token.TokenMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /v1/wechat/access-token}: the current central base access token of the merchant's own WeChat
 * app, so the merchant's other systems read it here instead of fetching their own (a classic fetch would
 * retire the gateway's token, and theirs would be retired by the gateway's next one). Signed JSON: appId,
 * mchNo, [kind WECHAT_OA (default) | WECHAT_MINIAPP], timestamp, nonce, [signType], sign.
 *
 * <p>Only a configuration the merchant owns is served: an institution's (service-provider) account is
 * shared by all its merchants, and its token would let one merchant act as the institution's account.
 */
@RestController
class AccessTokenController {

    private final SignedApiAuthenticator authenticator;
    private final SignedApiResponses responses;
    private final TenantDirectory tenants;
    private final AccessTokenHolder holder;
    private final JsonMapper json;

    AccessTokenController(SignedApiAuthenticator authenticator, SignedApiResponses responses, TenantDirectory tenants,
                          AccessTokenHolder holder, JsonMapper json) {
        this.authenticator = authenticator;
        this.responses = responses;
        this.tenants = tenants;
        this.holder = holder;
        this.json = json;
    }

    private record App(String appId, Secret secret) {
    }

    @PostMapping(path = "/v1/wechat/access-token", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> accessToken(@RequestBody(required = false) String body) {
        Map<String, String> params = JsonParams.flat(json, body);
        ApiCaller caller = authenticator.authenticate(params);
        ChannelKind kind = kind(params.get("kind"));
        ChannelConfig config = tenants.effectiveChannel(caller.merchant(), kind)
                .orElseThrow(() -> new PayerIdException(ErrorCode.CHANNEL_NOT_CONFIGURED,
                        "no " + kind + " configuration for merchant " + caller.merchant().mchNo()));
        if (config.ownerType() != OwnerType.MERCHANT) {
            throw new PayerIdException(ErrorCode.ACCESS_TOKEN_NOT_SHARED,
                    "the " + kind + " configuration belongs to the institution; its access token is not given out");
        }
        App app = app(config);
        AccessToken token = holder.current(app.appId(), app.secret(), TokenMode.of(config));
        Map<String, String> data = new LinkedHashMap<>();
        data.put("channelAppId", app.appId());
        data.put("accessToken", token.value());
        data.put("expiresIn", Long.toString(token.expiresIn().toSeconds()));
        // A credential: no intermediary may keep a copy.
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(responses.success(caller, data));
    }

    private static ChannelKind kind(String value) {
        if (value == null || value.isBlank()) {
            return ChannelKind.WECHAT_OA;
        }
        return switch (value) {
            case "WECHAT_OA" -> ChannelKind.WECHAT_OA;
            case "WECHAT_MINIAPP" -> ChannelKind.WECHAT_MINIAPP;
            default -> throw isChannelKind(value)
                    ? new PayerIdException(ErrorCode.UNSUPPORTED_CHANNEL, "access tokens exist for WECHAT_OA and WECHAT_MINIAPP only")
                    : PayerIdException.invalid("kind must be WECHAT_OA or WECHAT_MINIAPP");
        };
    }

    private static boolean isChannelKind(String value) {
        for (ChannelKind kind : ChannelKind.values()) {
            if (kind.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static App app(ChannelConfig config) {
        if (config.kind() == ChannelKind.WECHAT_MINIAPP) {
            WechatMiniApp miniApp = WechatMiniApp.from(config);
            return new App(miniApp.appId(), miniApp.appSecret());
        }
        WechatOfficialAccount account = WechatOfficialAccount.from(config);
        return new App(account.appId(), account.appSecret());
    }
}
