package io.payerid.server.oauth;

import io.payerid.core.error.PayerIdException;
import io.payerid.core.flow.FlowCompletion;
import io.payerid.core.flow.PayerIdentity;
import io.payerid.core.flow.PayerProfile;
import io.payerid.core.flow.ResultTickets;
import io.payerid.core.redirect.RedirectUris;
import io.payerid.core.signing.MerchantSignatures;
import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.ResultDelivery;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.server.web.Redirects;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The native API's answer: the identity (or {@code error}/{@code error_description}) with {@code timestamp},
 * {@code nonce} and a {@code sign} over every returned parameter, computed the same way the merchant signed
 * its request; delivered as the app chose ({@link ResultDelivery}): appended to the redirect URI, POSTed to
 * it by a form, or kept here behind a one-time {@code ticket} that is all the redirect carries. Errors carry
 * no identity, so they are a signed redirect in the ticket mode too.
 */
@Component
public class NativeRedirectResponder implements FlowResponder {

    public static final String DIALECT = "native";
    public static final String SIGN_TYPE_ATTRIBUTE = "signType";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TenantDirectory tenants;
    private final MerchantSignatures signatures;
    private final ResultTickets tickets;
    private final Clock clock;

    public NativeRedirectResponder(TenantDirectory tenants, MerchantSignatures signatures, ResultTickets tickets,
                                   Clock clock) {
        this.tenants = tenants;
        this.signatures = signatures;
        this.tickets = tickets;
        this.clock = clock;
    }

    @Override
    public String dialect() {
        return DIALECT;
    }

    @Override
    public String redirectFor(FlowCompletion completion) {
        var context = completion.context();
        return RedirectUris.appendQuery(context.redirectUri(), answer(completion, appOf(completion), false));
    }

    @Override
    public ResponseEntity<?> respond(FlowCompletion completion) {
        MerchantApp app = appOf(completion);
        ResultDelivery delivery = app == null ? ResultDelivery.REDIRECT : app.resultDelivery();
        if (delivery == ResultDelivery.TICKET && !completion.succeeded()) {
            delivery = ResultDelivery.REDIRECT; // an error carries no identity: nothing to keep out of the URL
        }
        String redirectUri = completion.context().redirectUri();
        return switch (delivery) {
            case REDIRECT -> Redirects.found(redirectFor(completion));
            case FORM_POST -> FormPostPage.render(redirectUri, answer(completion, app, false));
            case TICKET -> Redirects.found(RedirectUris.appendQuery(redirectUri, answer(completion, app, true)));
        };
    }

    private MerchantApp appOf(FlowCompletion completion) {
        return tenants.appByAppId(completion.context().appId()).orElse(null);
    }

    /** The signed parameters of a finished flow: the identity itself, or only a ticket for it. */
    private Map<String, String> answer(FlowCompletion completion, MerchantApp app, boolean asTicket) {
        var context = completion.context();
        SignType signType = SignType.valueOf(context.attributes().getOrDefault(SIGN_TYPE_ATTRIBUTE, SignType.MD5.name()));
        Map<String, String> params;
        if (!completion.succeeded()) {
            params = errorParams(completion.error());
        } else if (asTicket) {
            params = new LinkedHashMap<>();
            params.put("ticket", tickets.issue(context.appId(), completion.identity(), context.merchantState()));
        } else {
            params = identityParams(completion.identity());
        }
        params.put("appId", context.appId());
        params.put("state", context.merchantState());
        return signed(app, signType, params);
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
        return RedirectUris.appendQuery(redirectUri, signed(app, signType, params));
    }

    private Map<String, String> signed(MerchantApp app, SignType signType, Map<String, String> params) {
        params.values().removeIf(v -> v == null || v.isEmpty());
        params.put("timestamp", Long.toString(clock.instant().getEpochSecond()));
        params.put("nonce", nonce());
        if (app != null) {
            params.put("signType", signType.wireName());
            params.put("sign", signatures.sign(app, signType, params));
        }
        return params;
    }

    /** The identity as the native API names it (redirect and form_post answers, and the ticket API's). */
    public static Map<String, String> identityParams(PayerIdentity identity) {
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
