package io.payerid.server.admin;

import static io.payerid.server.admin.AdminRules.CODE;
import static io.payerid.server.admin.AdminRules.CODE_MESSAGE;
import static io.payerid.server.admin.AdminRules.SIGN_KEY;
import static io.payerid.server.admin.AdminRules.SIGN_KEY_MESSAGE;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.signing.RsaSigner;
import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.ResultDelivery;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.server.persistence.Ids;
import io.payerid.server.ratelimit.AppRequestQuota;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A merchant's API clients (appId + signing key and/or RSA public key). */
@RestController
@RequestMapping("/admin/v1")
@Tag(name = "Admin: merchant apps")
@SecurityRequirement(name = AdminConfiguration.SECURITY_SCHEME)
class AppController {

    static final int GENERATED_KEY_LENGTH = 32;

    record CreateApp(
            @Pattern(regexp = CODE, message = CODE_MESSAGE) String appId,
            @Pattern(regexp = SIGN_KEY, message = SIGN_KEY_MESSAGE) String signKey,
            @Size(max = 4000) String rsaPublicKey,
            @Size(max = 8) List<String> signTypes,
            String resultDelivery) {
    }

    /** The changeable settings of an app; an absent field keeps its value. */
    record UpdateApp(String resultDelivery) {
    }

    /**
     * {@code signKey} is present only in the response that created the app with a generated key:
     * it is shown once and never again.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AppView(String appId, String mchNo, List<SignType> signTypes, boolean hasSignKey, String rsaPublicKey,
                   String resultDelivery, Instant createdAt, AppRateLimitView rateLimit, String signKey) {

        static AppView of(MerchantApp app, String mchNo, AppRateLimitView rateLimit, String shownSignKey) {
            List<SignType> types = app.signTypes().isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(app.signTypes()));
            return new AppView(app.appId(), mchNo, types, app.signKey() != null, app.rsaPublicKey(),
                    app.resultDelivery().wireName(), Instant.ofEpochMilli(app.createdAt()), rateLimit, shownSignKey);
        }
    }

    private final TenantAdmin admin;
    private final AdminLookups lookups;
    private final AppRequestQuota quota;

    AppController(TenantAdmin admin, AdminLookups lookups, AppRequestQuota quota) {
        this.admin = admin;
        this.lookups = lookups;
        this.quota = quota;
    }

    @PostMapping("/merchants/{mchNo}/apps")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an app for a merchant",
            description = "appId defaults to a generated app_…; signKey defaults to a generated 32-character key that"
                    + " is returned in this response only; signTypes default to MD5 and HMAC_SHA256 (plus RSA2 when"
                    + " rsaPublicKey is given); resultDelivery is redirect (default), form_post or ticket.")
    AppView create(@PathVariable String mchNo, @Valid @RequestBody CreateApp body) {
        Merchant merchant = lookups.merchant(mchNo);
        String rsaPublicKey = canonicalPublicKey(body.rsaPublicKey());
        Set<SignType> signTypes = signTypes(body.signTypes(), rsaPublicKey != null);
        boolean generateKey = body.signKey() == null;
        String signKey = generateKey ? Ids.randomAlphanumeric(GENERATED_KEY_LENGTH) : body.signKey();
        String appId = body.appId() == null ? "app_" + Ids.randomBase32(20) : body.appId();
        ResultDelivery delivery = body.resultDelivery() == null ? ResultDelivery.REDIRECT : resultDelivery(body.resultDelivery());
        MerchantApp app = admin.createApp(merchant.id(), appId, Secret.of(signKey), rsaPublicKey, signTypes);
        if (delivery != ResultDelivery.REDIRECT) {
            app = admin.setResultDelivery(app.id(), delivery);
        }
        return AppView.of(app, merchant.mchNo(), AppRateLimitView.of(app, quota), generateKey ? signKey : null);
    }

    @PatchMapping("/apps/{appId}")
    @Operation(summary = "Change an app's settings",
            description = "resultDelivery: how the native browser flow hands over the identity: redirect (signed query"
                    + " parameters), form_post (an auto-submitting POST form to the redirect URI) or ticket (a one-time"
                    + " ticket in the redirect, redeemed by POST /v1/oauth/ticket).")
    AppView update(@PathVariable String appId, @RequestBody UpdateApp body) {
        MerchantApp app = lookups.app(appId);
        if (body.resultDelivery() != null) {
            app = admin.setResultDelivery(app.id(), resultDelivery(body.resultDelivery()));
        }
        return AppView.of(app, lookups.mchNoOf(app), AppRateLimitView.of(app, quota), null);
    }

    private static ResultDelivery resultDelivery(String wire) {
        return ResultDelivery.fromWire(wire).orElseThrow(() ->
                PayerIdException.invalid("resultDelivery: unknown mode '" + wire + "' (redirect, form_post, ticket)"));
    }

    @GetMapping("/merchants/{mchNo}/apps")
    @Operation(summary = "List a merchant's apps")
    List<AppView> list(@PathVariable String mchNo) {
        Merchant merchant = lookups.merchant(mchNo);
        return admin.appsOf(merchant.id()).stream().map(a -> AppView.of(a, merchant.mchNo(), AppRateLimitView.of(a, quota), null)).toList();
    }

    @GetMapping("/apps/{appId}")
    @Operation(summary = "Get an app (never its signing key)")
    AppView get(@PathVariable String appId) {
        MerchantApp app = lookups.app(appId);
        return AppView.of(app, lookups.mchNoOf(app), AppRateLimitView.of(app, quota), null);
    }

    /** The key as plain Base64 of its X.509 encoding, whatever PEM armour or line breaks it came with. */
    private static String canonicalPublicKey(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        try {
            return Base64.getEncoder().encodeToString(RsaSigner.publicKey(given).getEncoded());
        } catch (IllegalArgumentException e) {
            throw PayerIdException.invalid("rsaPublicKey: " + e.getMessage());
        }
    }

    private static Set<SignType> signTypes(List<String> requested, boolean hasRsaKey) {
        Set<SignType> types = EnumSet.noneOf(SignType.class);
        if (requested == null || requested.isEmpty()) {
            types.add(SignType.MD5);
            types.add(SignType.HMAC_SHA256);
            if (hasRsaKey) {
                types.add(SignType.RSA2);
            }
            return types;
        }
        for (String name : requested) {
            types.add(SignType.fromWire(name).orElseThrow(() ->
                    PayerIdException.invalid("signTypes: unknown sign type '" + name + "' (MD5, HMAC_SHA256, RSA2)")));
        }
        if (types.contains(SignType.RSA2) && !hasRsaKey) {
            throw PayerIdException.invalid("signTypes: RSA2 needs rsaPublicKey");
        }
        return types;
    }
}
