package io.payerid.sandbox.alipay;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import io.payerid.sandbox.support.CallbackUrls;

/**
 * Alipay's checks on {@code publicAppAuthorize.htm}, each mapped to an error page: missing parameters
 * first, then the app, the scope, the redirect_uri against the app's callback domains, the state.
 */
final class AuthorizeRequestValidator {

    /** Alipay: at most 100 characters, letters and digits (no Chinese). */
    private static final Pattern STATE = Pattern.compile("[0-9a-zA-Z]{0,100}");

    /** Either a request to carry on with, or the page that ends the flow. */
    sealed interface Outcome {
        record Accepted(AuthorizeRequest request) implements Outcome {
        }

        record Rejected(AlipayErrorPage page) implements Outcome {
        }
    }

    private final SandboxAlipayApps apps;

    AuthorizeRequestValidator(SandboxAlipayApps apps) {
        this.apps = apps;
    }

    Outcome validate(String appId, String scope, String redirectUri, String state) {
        if (isBlank(appId)) {
            return new Outcome.Rejected(AlipayErrorPage.appIdMissing());
        }
        Optional<SandboxAlipayApp> app = apps.find(appId);
        if (app.isEmpty()) {
            return new Outcome.Rejected(AlipayErrorPage.appIdUnknown());
        }
        if (isBlank(scope)) {
            return new Outcome.Rejected(AlipayErrorPage.scopeMissing());
        }
        Optional<AlipayScope> parsedScope = AlipayScope.parse(scope);
        if (parsedScope.isEmpty()) {
            return new Outcome.Rejected(AlipayErrorPage.scopeInvalid());
        }
        if (isBlank(redirectUri)) {
            return new Outcome.Rejected(AlipayErrorPage.redirectUriMissing());
        }
        if (CallbackUrls.httpHost(redirectUri).filter(app.get()::allowsRedirectHost).isEmpty()) {
            return new Outcome.Rejected(AlipayErrorPage.redirectUriMismatch());
        }
        String echoedState = Objects.requireNonNullElse(state, "");
        if (!STATE.matcher(echoedState).matches()) {
            return new Outcome.Rejected(AlipayErrorPage.stateInvalid());
        }
        return new Outcome.Accepted(new AuthorizeRequest(app.get(), redirectUri, parsedScope.get(), scope, echoedState));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
