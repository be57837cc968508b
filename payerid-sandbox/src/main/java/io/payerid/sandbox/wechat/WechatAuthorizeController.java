package io.payerid.sandbox.wechat;

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
 * The browser side, i.e. the "open" host: step 1 of web authorization.
 *
 * <ul>
 *   <li>{@code GET {open}/connect/oauth2/authorize} — validates like WeChat (error pages
 *       10012/10011/10010/10005/10003, bad state), asks for a sandbox user if none is chosen yet,
 *       then either redirects silently (snsapi_base) or shows the consent page (snsapi_userinfo);</li>
 *   <li>{@code POST {open}/connect/oauth2/consent} — the consent page's 允许 / 拒绝.</li>
 * </ul>
 * Callbacks get {@code code=CODE&state=STATE} appended; a refusal gets only {@code state}. With
 * {@code component_appid} (a third-party platform asking for an account that authorized it, else 61003) the
 * callback also gets {@code appid}, as WeChat's component variant does.
 */
// Not shared with the Alipay flow: which parameters the callback gets, and on refusal, is WeChat's own rule.
public class WechatAuthorizeController {

    /** The snsapi_userinfo consent page (授权页) with 允许 / 拒绝. */
    static final ConsentPage CONSENT_PAGE = new ConsentPage(WechatPages.SHELL, new ConsentPage.Wording(
            "微信授权", "%s 申请使用", "获得你的公开信息（昵称、头像、地区及性别）", "当前微信用户", "允许", "拒绝"));

    private final AuthorizeRequestValidator validator;
    private final SandboxUserPickerController picker;
    private final OAuthCodeStore codes;
    private final PendingConsents<AuthorizeRequest, SandboxUser> consents;
    private final SandboxWechatPaths paths;
    private final SandboxComponents components;

    WechatAuthorizeController(AuthorizeRequestValidator validator, SandboxUserPickerController picker,
                              OAuthCodeStore codes, PendingConsents<AuthorizeRequest, SandboxUser> consents,
                              SandboxWechatPaths paths, SandboxComponents components) {
        this.components = components;
        this.validator = validator;
        this.picker = picker;
        this.codes = codes;
        this.consents = consents;
        this.paths = paths;
    }

    ServerResponse authorize(ServerRequest request) {
        // The documented URL ends with "#wechat_redirect". Browsers never send a fragment to the
        // server, so neither WeChat's server nor this one can see or require it: it only matters
        // to the WeChat client. The sandbox therefore accepts requests with or without it.
        // connect_redirect=1 (appended by WxJava) and forcePopup are accepted and ignored.
        AuthorizeRequestValidator.Outcome outcome = validator.validate(
                param(request, "appid"), param(request, "redirect_uri"), param(request, "response_type"),
                param(request, "scope"), param(request, "state"));
        return switch (outcome) {
            case AuthorizeRequestValidator.Outcome.Rejected rejected -> rejected.page().toResponse();
            case AuthorizeRequestValidator.Outcome.Accepted accepted -> onBehalf(request, accepted.request());
        };
    }

    /** With {@code component_appid}: a third-party platform asks for an account that must have authorized it. */
    private ServerResponse onBehalf(ServerRequest request, AuthorizeRequest authorize) {
        String component = param(request, "component_appid");
        if (component == null) {
            return proceed(request, authorize);
        }
        if (!components.authorized(component, authorize.app().appid())) {
            return WechatErrorPage.componentNotAuthorized().toResponse();
        }
        return proceed(request, authorize.onBehalfOf(component));
    }

    ServerResponse consent(ServerRequest request) {
        Optional<PendingConsent<AuthorizeRequest, SandboxUser>> pending = consents.take(param(request, "ticket"));
        if (pending.isEmpty()) {
            return WechatErrorPage.consentExpired().toResponse();
        }
        AuthorizeRequest authorize = pending.get().request();
        // Anything but an explicit "allow" counts as a refusal: consent is never assumed.
        if (ConsentPage.DECISION_ALLOW.equals(param(request, "decision"))) {
            return redirectWithCode(authorize, pending.get().payer());
        }
        return redirect(CallbackUrls.withQueryParams(authorize.redirectUri(), Map.of("state", authorize.state())));
    }

    private ServerResponse proceed(ServerRequest request, AuthorizeRequest authorize) {
        Optional<SandboxUser> user = picker.chosen(request);
        if (user.isEmpty()) {
            // The picker's links come back to this very authorize request once a user is chosen.
            return picker.askFor(request, "请先选择一个沙箱微信用户");
        }
        if (authorize.scope() == OAuthScope.SNSAPI_BASE) {
            return redirectWithCode(authorize, user.get());
        }
        String ticket = consents.open(authorize, user.get());
        return CONSENT_PAGE.render(authorize.app().displayName(), user.get(), contextPath(request) + paths.consent(), ticket);
    }

    private ServerResponse redirectWithCode(AuthorizeRequest authorize, SandboxUser user) {
        String code = codes.issue(new OAuthGrant(authorize.app().appid(), user.id(), authorize.scope()));
        Map<String, String> params = new LinkedHashMap<>();
        params.put("code", code);
        params.put("state", authorize.state());
        if (authorize.componentAppId() != null) {
            params.put("appid", authorize.app().appid());
        }
        return redirect(CallbackUrls.withQueryParams(authorize.redirectUri(), params));
    }

    private static ServerResponse redirect(String location) {
        return ServerResponse.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, location).build();
    }

    private static String contextPath(ServerRequest request) {
        return request.servletRequest().getContextPath();
    }

    private static String param(ServerRequest request, String name) {
        return request.param(name).orElse(null);
    }
}
