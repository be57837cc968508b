package io.payerid.sandbox.unionpay;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.payerid.sandbox.support.CallbackUrls;
import io.payerid.sandbox.support.PayerCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The browser side, i.e. the "qr" host.
 *
 * <ul>
 *   <li>{@code GET {qr}/qrcGtwWeb-web/api/userAuth?version=&redirectUrl=} — checks the request (error pages
 *       otherwise); with a chosen sandbox payer, redirects at once (UnionPay's base authorization is silent),
 *       else shows the picker;</li>
 *   <li>{@code POST {qr}/qrcGtwWeb-web/api/userAuth/decision} — the picker's choice: a payer, or 取消授权.</li>
 * </ul>
 * Success appends {@code userAuthCode=<code>&respCode=00} to redirectUrl; cancelling appends only
 * {@code respCode=}{@value #RESP_CANCELLED}. UnionPay echoes nothing else (no state).
 */
public class UserAuthController {

    static final String RESP_SUCCESS = "00";
    /**
     * UnionPay documents no "payer cancelled" respCode for userAuth (a payer who backs out normally just
     * closes the page); the sandbox uses {@code 01}, the generic failure code of UnionPay's respCode table.
     */
    static final String RESP_CANCELLED = "01";

    /**
     * Which sandbox payer "is holding the phone", set when the picker is used (or directly by a test); it
     * reaches the qr-host paths wherever they are mounted.
     */
    static final PayerCookie CARDHOLDER_COOKIE = new PayerCookie("payerid_sandbox_unionpay_user");

    private final UserAuthRequestValidator validator;
    private final SandboxCardholders cardholders;
    private final UserAuthCodeStore codes;
    private final SandboxUnionPayPaths paths;

    UserAuthController(UserAuthRequestValidator validator, SandboxCardholders cardholders, UserAuthCodeStore codes,
                       SandboxUnionPayPaths paths) {
        this.validator = validator;
        this.cardholders = cardholders;
        this.codes = codes;
        this.paths = paths;
    }

    ServerResponse userAuth(ServerRequest request) {
        return switch (validate(request)) {
            case UserAuthRequestValidator.Outcome.Rejected rejected -> rejected.page().toResponse();
            case UserAuthRequestValidator.Outcome.Accepted accepted -> CARDHOLDER_COOKIE.read(request, cardholders)
                    .map(cardholder -> authorized(accepted.request(), cardholder))
                    .orElseGet(() -> picker(request, accepted.request(), HttpStatus.OK, null));
        };
    }

    ServerResponse decision(ServerRequest request) {
        // The form echoes the original request: check it again, it came back through the browser.
        return switch (validate(request)) {
            case UserAuthRequestValidator.Outcome.Rejected rejected -> rejected.page().toResponse();
            case UserAuthRequestValidator.Outcome.Accepted accepted -> decide(request, accepted.request());
        };
    }

    private ServerResponse decide(ServerRequest request, UserAuthRequest authorize) {
        if (request.param("cancel").isPresent()) {
            return redirect(CallbackUrls.withQueryParams(authorize.redirectUrl(), Map.of("respCode", RESP_CANCELLED)), null);
        }
        Optional<SandboxCardholder> chosen = cardholders.find(request.param("user").orElse(null));
        if (chosen.isEmpty()) {
            return picker(request, authorize, HttpStatus.BAD_REQUEST, "没有这个沙箱用户");
        }
        return redirect(callbackWithCode(authorize, chosen.get()), CARDHOLDER_COOKIE.setCookieHeader(chosen.get()));
    }

    private ServerResponse authorized(UserAuthRequest authorize, SandboxCardholder cardholder) {
        return redirect(callbackWithCode(authorize, cardholder), null);
    }

    private String callbackWithCode(UserAuthRequest authorize, SandboxCardholder cardholder) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("userAuthCode", codes.issue(cardholder));
        params.put("respCode", RESP_SUCCESS);
        return CallbackUrls.withQueryParams(authorize.redirectUrl(), params);
    }

    private ServerResponse picker(ServerRequest request, UserAuthRequest authorize, HttpStatus status, String notice) {
        String action = request.servletRequest().getContextPath() + paths.userAuthDecision();
        return UserAuthPickerPage.render(status, cardholders.all(), action, authorize, notice);
    }

    private UserAuthRequestValidator.Outcome validate(ServerRequest request) {
        return validator.validate(request.headers().firstHeader(HttpHeaders.USER_AGENT),
                request.param("version").orElse(null), request.param("redirectUrl").orElse(null));
    }

    private static ServerResponse redirect(String location, String setCookie) {
        ServerResponse.BodyBuilder response = ServerResponse.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, location);
        if (setCookie != null) {
            response.header(HttpHeaders.SET_COOKIE, setCookie);
        }
        return response.build();
    }
}
