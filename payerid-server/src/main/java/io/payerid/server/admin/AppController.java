package io.payerid.server.admin;

import static io.payerid.server.admin.AdminRules.CODE;
import static io.payerid.server.admin.AdminRules.CODE_MESSAGE;
import static io.payerid.server.admin.AdminRules.SIGN_KEY;
import static io.payerid.server.admin.AdminRules.SIGN_KEY_MESSAGE;

import io.payerid.core.error.PayerIdException;
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

    /**
     * The changeable settings of an app; an absent field keeps its value. {@code rotateSignKey} generates a new
     * key (returned in this response only); the old one keeps verifying for {@code overlap} (ISO-8601, default
     * PT24H, at most P7D).
     */
    record UpdateApp(String resultDelivery, Boolean rotateSignKey, @Size(max = 32) String overlap,
                     @Size(max = 4000) String rsaPublicKey, @Size(max = 8) List<String> signTypes, Boolean enabled) {
    }

    private final TenantAdmin admin;
    private final AdminLookups lookups;
    private final AppRequestQuota quota;
    private final AppUpdates updates;

    AppController(TenantAdmin admin, AdminLookups lookups, AppRequestQuota quota, AppUpdates updates) {
        this.admin = admin;
        this.lookups = lookups;
        this.quota = quota;
        this.updates = updates;
    }

    @PostMapping("/merchants/{mchNo}/apps")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an app for a merchant",
            description = "appId defaults to a generated app_…; signKey defaults to a generated 32-character key that"
                    + " is returned in this response only; signTypes default to MD5 and HMAC-SHA256 (plus RSA2 when"
                    + " rsaPublicKey is given); resultDelivery is redirect (default), form_post or ticket.")
    AppView create(@PathVariable String mchNo, @Valid @RequestBody CreateApp body) {
        Merchant merchant = lookups.merchant(mchNo);
        String rsaPublicKey = AppKeyRules.canonicalPublicKey(body.rsaPublicKey());
        Set<SignType> signTypes = AppKeyRules.signTypesOrDefault(body.signTypes(), rsaPublicKey != null);
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
    @Operation(summary = "Change an app's settings, rotate its key",
            description = "resultDelivery: how the native browser flow hands over the identity: redirect (signed query"
                    + " parameters), form_post (an auto-submitting POST form to the redirect URI) or ticket (a one-time"
                    + " ticket in the redirect, redeemed by POST /v1/oauth/ticket). rotateSignKey: true generates a new"
                    + " key, returned in this response only; the previous key still verifies the merchant's requests"
                    + " for overlap (ISO-8601, default PT24H, max P7D) while answers and callbacks are signed with the"
                    + " new key at once. rsaPublicKey adds or replaces the RSA key (and enables RSA2 unless signTypes"
                    + " is given). signTypes replaces the enabled sign types (MD5, HMAC-SHA256, RSA2). enabled: false"
                    + " refuses the app everywhere with APP_DISABLED (keys and settings kept), true restores it.")
    AppView update(@PathVariable String appId, @Valid @RequestBody UpdateApp body) {
        AppUpdates.Updated updated = updates.apply(lookups.app(appId), body);
        MerchantApp app = updated.app();
        return AppView.of(app, lookups.mchNoOf(app), AppRateLimitView.of(app, quota), updated.newSignKey());
    }

    static ResultDelivery resultDelivery(String wire) {
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
}
