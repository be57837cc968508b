package io.payerid.server.oauth;

import io.payerid.core.error.PayerIdException;
import io.payerid.core.flow.FlowCompletion;
import io.payerid.core.flow.PayerIdentity;
import io.payerid.core.flow.PayerProfile;
import io.payerid.core.redirect.RedirectUris;
import io.payerid.core.signing.MerchantSignatures;
import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.TenantDirectory;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The native API's answer: the identity (or {@code error}/{@code error_description}) appended to the
 * merchant's redirect URI, with {@code timestamp}, {@code nonce} and a {@code sign} over every returned
 * parameter, computed the same way the merchant signed its request.
 */
@Component
public class NativeRedirectResponder implements FlowResponder {

    public static final String DIALECT = "native";
    public static final String SIGN_TYPE_ATTRIBUTE = "signType";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TenantDirectory tenants;
    private final MerchantSignatures signatures;
    private final Clock clock;

    public NativeRedirectResponder(TenantDirectory tenants, MerchantSignatures signatures, Clock clock) {
        this.tenants = tenants;
        this.signatures = signatures;
        this.clock = clock;
    }

    @Override
    public String dialect() {
        return DIALECT;
    }

    @Override
    public String redirectFor(FlowCompletion completion) {
        var context = completion.context();
        MerchantApp app = tenants.appByAppId(context.appId()).orElse(null);
        SignType signType = SignType.valueOf(context.attributes().getOrDefault(SIGN_TYPE_ATTRIBUTE, SignType.MD5.name()));
        Map<String, String> params = completion.succeeded()
                ? identityParams(completion.identity())
                : errorParams(completion.error());
        params.put("appId", context.appId());
        params.put("state", context.merchantState());
        return signedRedirect(app, signType, context.redirectUri(), params);
    }

    /** An error redirect before any flow existed (bad signature, channel missing…). */
    public String errorRedirect(MerchantApp app, SignType signType, String redirectUri, String merchantState,
                                PayerIdException error) {
        Map<String, String> params = errorParams(error);
        params.put("appId", app.appId());
        params.put("state", merchantState);
        return signedRedirect(app, signType, redirectUri, params);
    }

    private String signedRedirect(MerchantApp app, SignType signType, String redirectUri, Map<String, String> params) {
        params.values().removeIf(v -> v == null || v.isEmpty());
        params.put("timestamp", Long.toString(clock.instant().getEpochSecond()));
        params.put("nonce", nonce());
        if (app != null) {
            params.put("signType", signType.wireName());
            params.put("sign", signatures.sign(app, signType, params));
        }
        return RedirectUris.appendQuery(redirectUri, params);
    }

    private static Map<String, String> identityParams(PayerIdentity identity) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("channel", identity.channel().name());
        p.put("channelAppId", identity.upstreamAppId());
        p.put("openid", identity.openId());
        p.put("unionid", identity.unionId());
        p.put("userId", identity.userId());
        PayerProfile profile = identity.profile();
        if (profile != null) {
            p.put("nickname", profile.nickname());
            p.put("sex", profile.sex() == null ? null : profile.sex().toString());
            p.put("province", profile.province());
            p.put("city", profile.city());
            p.put("country", profile.country());
            p.put("headimgurl", profile.avatarUrl());
        }
        return p;
    }

    private static Map<String, String> errorParams(PayerIdException error) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("error", error.code().name());
        p.put("error_description", error.detail());
        return p;
    }

    private static String nonce() {
        byte[] raw = new byte[12];
        RANDOM.nextBytes(raw);
        return HexFormat.of().formatHex(raw);
    }
}
