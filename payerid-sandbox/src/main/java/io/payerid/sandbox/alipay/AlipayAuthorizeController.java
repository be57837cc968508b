package io.payerid.sandbox.alipay;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.payerid.sandbox.support.CallbackUrls;
import io.payerid.sandbox.support.ConsentPage;
import io.payerid.sandbox.support.PendingConsents;
import io.payerid.sandbox.support.PendingConsents.PendingConsent;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The browser side, i.e. the "openauth" host.
 *
 * <ul>
 *   <li>{@code GET {openauth}/oauth2/publicAppAuthorize.htm?app_id&scope&redirect_uri[&state]} — validates
 *       (error pages), asks for a sandbox user if none is chosen yet, then redirects silently (auth_base)
 *       or shows the consent page (auth_user);</li>
 *   <li>{@code POST {openauth}/oauth2/consent} — the consent page's 同意 / 拒绝.</li>
 * </ul>
 * Callbacks get {@code app_id, source=alipay_wallet, scope, auth_code[, state]} appended; a refusal
 * gets the same without auth_code.
 */
// Not shared with the WeChat flow: which parameters the callback gets, and on refusal, is Alipay's own rule.
public class AlipayAuthorizeController {

    /** The auth_user consent page with 同意 / 拒绝. */
    static final ConsentPage CONSENT_PAGE = new ConsentPage(AlipayPages.SHELL, new ConsentPage.Wording(
            "支付宝授权", "应用 %s 申请获取", "你的支付宝头像、昵称、性别和地区", "当前支付宝账号", "同意", "拒绝"));

    private final AuthorizeRequestValidator validator;
    private final SandboxAlipayUserPickerController picker;
    private final AuthCodeStore codes;
    private final PendingConsents<AuthorizeRequest, SandboxAlipayUser> consents;
    private final SandboxAlipayPaths paths;
    private final Duration defaultCodeTtl;

    AlipayAuthorizeController(AuthorizeRequestValidator validator, SandboxAlipayUserPickerController picker,
                              AuthCodeStore codes, PendingConsents<AuthorizeRequest, SandboxAlipayUser> consents,
                              SandboxAlipayPaths paths, Duration defaultCodeTtl) {
        this.validator = validator;
        this.picker = picker;
        this.codes = codes;
        this.consents = consents;
        this.paths = paths;
        this.defaultCodeTtl = defaultCodeTtl;
    }

    ServerResponse authorize(ServerRequest request) {
        var outcome = validator.validate(param(request, "app_id"), param(request, "scope"),
                param(request, "redirect_uri"), param(request, "state"));
        return switch (outcome) {
            case AuthorizeRequestValidator.Outcome.Rejected rejected -> rejected.page().toResponse();
            case AuthorizeRequestValidator.Outcome.Accepted accepted -> proceed(request, accepted.request());
        };
    }

    ServerResponse consent(ServerRequest request) {
        Optional<PendingConsent<AuthorizeRequest, SandboxAlipayUser>> pending = consents.take(param(request, "ticket"));
        if (pending.isEmpty()) {
            return AlipayErrorPage.consentExpired().toResponse();
        }
        AuthorizeRequest authorize = pending.get().request();
        // Anything but an explicit "allow" is a refusal: consent is never assumed.
        if (ConsentPage.DECISION_ALLOW.equals(param(request, "decision"))) {
            return redirectWithCode(authorize, pending.get().payer());
        }
        return redirect(authorize, null);
    }

    private ServerResponse proceed(ServerRequest request, AuthorizeRequest authorize) {
        Optional<SandboxAlipayUser> user = picker.chosen(request);
        if (user.isEmpty()) {
            // The picker's links come back to this very authorize request once a user is chosen.
            return picker.askFor(request, "请先选择一个沙箱支付宝用户");
        }
        if (authorize.scope() == AlipayScope.AUTH_BASE) {
            return redirectWithCode(authorize, user.get());
        }
        String ticket = consents.open(authorize, user.get());
        return CONSENT_PAGE.render(authorize.app().displayName(), user.get(), contextPath(request) + paths.consent(), ticket);
    }

    private ServerResponse redirectWithCode(AuthorizeRequest authorize, SandboxAlipayUser user) {
        SandboxAlipayApp app = authorize.app();
        Duration ttl = app.authCodeTtl() == null ? defaultCodeTtl : app.authCodeTtl();
        return redirect(authorize, codes.issue(new AuthGrant(app.appId(), user.id(), authorize.scope()), ttl));
    }

    /** Alipay's callback parameter order: app_id, source, scope, auth_code, state. */
    private static ServerResponse redirect(AuthorizeRequest authorize, String authCode) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("app_id", authorize.app().appId());
        params.put("source", "alipay_wallet");
        params.put("scope", authorize.scopeParam());
        if (authCode != null) {
            params.put("auth_code", authCode);
        }
        if (!authorize.state().isEmpty()) {
            params.put("state", authorize.state());
        }
        String location = CallbackUrls.withQueryParams(authorize.redirectUri(), params);
        return ServerResponse.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, location).build();
    }

    private static String contextPath(ServerRequest request) {
        return request.servletRequest().getContextPath();
    }

    private static String param(ServerRequest request, String name) {
        return request.param(name).orElse(null);
    }
}
