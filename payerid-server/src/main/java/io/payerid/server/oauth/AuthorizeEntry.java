package io.payerid.server.oauth;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.redirect.RedirectWhitelist;
import io.payerid.core.signing.SignType;
import io.payerid.core.signing.SignedRequestVerifier;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.server.api.MerchantAppResolver;
import io.payerid.server.ratelimit.AppRequestQuota;
import io.payerid.server.web.RequestParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The native signed redirect entry: a merchant sends the payer's browser here and gets them back on
 * its redirect URI with the identity. Parameters: appId, mchNo, redirectUri, scope (base|userinfo),
 * state (≤128), channel (default WECHAT_OA), timestamp, nonce, signType (MD5|HMAC-SHA256|RSA2), sign.
 * Served by {@link AuthorizeEntryServlet}; {@link AuthorizeEntryController} maps the same path in MVC.
 */
@Component
public class AuthorizeEntry {

    private final TenantDirectory tenants;
    private final MerchantAppResolver resolver;
    private final SignedRequestVerifier verifier;
    private final BrowserBinding binding;
    private final NativeRedirectResponder responder;
    private final AppRequestQuota quota;

    public AuthorizeEntry(TenantDirectory tenants, MerchantAppResolver resolver, SignedRequestVerifier verifier,
                          BrowserBinding binding, NativeRedirectResponder responder, AppRequestQuota quota) {
        this.tenants = tenants;
        this.resolver = resolver;
        this.verifier = verifier;
        this.binding = binding;
        this.responder = responder;
        this.quota = quota;
    }

    /**
     * Checks the signed request and starts its flow in this browser (the flow cookie goes on {@code response}).
     *
     * @return the upstream authorize URL to redirect to
     * @throws MerchantRedirectError when the failure can go back to the merchant's own page
     * @throws PayerIdException otherwise
     */
    public String start(HttpServletRequest request, HttpServletResponse response) {
        Map<String, String> params = RequestParameters.single(request);
        MerchantAppResolver.Resolved resolved = resolver.resolve(params);
        Merchant merchant = resolved.merchant();
        MerchantApp app = resolved.app();
        String redirectUri = RequestParameters.required(params, "redirectUri");
        String state = params.get("state");
        try {
            SignType signType = verifier.verifyRetryable(app, params);
            quota.consume(app); // after the signature: forged requests must not drain the merchant's quota
            return binding.start(NativeAuthorizationParams.toRequest(merchant, app, signType, params), response);
        } catch (PayerIdException e) {
            throw toMerchantIfSafe(merchant, app, params, redirectUri, state, e);
        }
    }

    /** The merchant hears about the failure on its own page when that page is provably its own. */
    private RuntimeException toMerchantIfSafe(Merchant merchant, MerchantApp app, Map<String, String> params,
                                              String redirectUri, String state, PayerIdException e) {
        if (e.code() == ErrorCode.REDIRECT_NOT_ALLOWED
                || !new RedirectWhitelist(tenants.whitelist(merchant.id())).allows(redirectUri)) {
            return e;
        }
        SignType signType = SignType.fromWire(params.get("signType")).filter(app::accepts).orElse(SignType.MD5);
        if (!app.accepts(signType)) {
            signType = app.signTypes().iterator().next();
        }
        String safeState = state != null && state.length() <= NativeAuthorizationParams.MAX_STATE ? state : null;
        return new MerchantRedirectError(responder.errorRedirect(app, signType, redirectUri, safeState, e), e);
    }
}
