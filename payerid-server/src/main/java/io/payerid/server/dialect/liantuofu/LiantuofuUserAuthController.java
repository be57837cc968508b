package io.payerid.server.dialect.liantuofu;

import io.payerid.server.ratelimit.AppRequestQuota;
import io.payerid.server.web.Redirects;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.flow.AuthorizationRequest;
import io.payerid.core.flow.Scope;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.server.web.BrowserFlow;
import io.payerid.server.web.RequestParameters;
import io.payerid.server.oauth.BrowserBinding;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Seed 001 (联拓富) {@code GET /open/wechatUserAuth?merchantCode=&redirectUri=[&scope=BASE|USER]}.
 * The seed has no signature: the merchant's redirect whitelist is what keeps identities from leaking.
 * See docs/compat/001-liantuofu.md.
 */
@Controller
@BrowserFlow
public class LiantuofuUserAuthController {

    private final TenantDirectory tenants;
    private final BrowserBinding binding;
    private final AppRequestQuota quota;

    public LiantuofuUserAuthController(TenantDirectory tenants, BrowserBinding binding, AppRequestQuota quota) {
        this.tenants = tenants;
        this.binding = binding;
        this.quota = quota;
    }

    @GetMapping("/open/wechatUserAuth")
    public ResponseEntity<Void> wechatUserAuth(HttpServletRequest request, HttpServletResponse response) {
        Map<String, String> params = RequestParameters.single(request);
        Merchant merchant = tenants.merchantByMchNo(RequestParameters.required(params, "merchantCode"))
                .orElseThrow(() -> new PayerIdException(ErrorCode.MERCHANT_NOT_FOUND, "unknown merchantCode"));
        quota.consume(merchant); // the seed has no signature: the merchant code is all there is to count
        String redirectUri = RequestParameters.required(params, "redirectUri");
        AuthorizationRequest authorization = new AuthorizationRequest(merchant, null, ChannelKind.WECHAT_OA,
                LiantuofuResponder.DIALECT, redirectUri, scope(params.get("scope")), null, Map.of());
        return Redirects.found(binding.start(authorization, response));
    }

    private static Scope scope(String raw) {
        if (raw == null || raw.isBlank()) {
            return Scope.BASE;
        }
        return switch (raw.trim().toUpperCase(Locale.ROOT)) {
            case "BASE" -> Scope.BASE;
            case "USER" -> Scope.USERINFO;
            default -> throw PayerIdException.invalid("scope must be BASE or USER");
        };
    }
}
