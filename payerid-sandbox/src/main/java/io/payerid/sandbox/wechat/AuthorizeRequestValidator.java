package io.payerid.sandbox.wechat;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import io.payerid.sandbox.support.CallbackUrls;

/**
 * WeChat's checks on {@code /connect/oauth2/authorize}, each mapped to the error page WeChat
 * shows. Order: missing parameters first (10012, 10011, 10010), then the app, the
 * response_type, the scope (10005), the redirect domain (10003) and finally the state.
 */
final class AuthorizeRequestValidator {

    /** WeChat's documented limit, counted in bytes (so in UTF-8 for non-ASCII input). */
    static final int MAX_STATE_BYTES = 128;
    private static final Pattern STRICT_STATE = Pattern.compile("[A-Za-z0-9]*");

    /** Either a request to carry on with, or the page that ends the flow. */
    sealed interface Outcome {
        record Accepted(AuthorizeRequest request) implements Outcome {
        }

        record Rejected(WechatErrorPage page) implements Outcome {
        }
    }

    private final SandboxWechatApps apps;
    private final boolean strictState;

    AuthorizeRequestValidator(SandboxWechatApps apps, boolean strictState) {
        this.apps = apps;
        this.strictState = strictState;
    }

    Outcome validate(String appid, String redirectUri, String responseType, String scope, String state) {
        Optional<WechatErrorPage> missing = firstMissing(appid, redirectUri, scope);
        if (missing.isPresent()) {
            return new Outcome.Rejected(missing.get());
        }
        Optional<SandboxWechatApp> app = apps.find(appid);
        if (app.isEmpty()) {
            return new Outcome.Rejected(WechatErrorPage.appidUnknown());
        }
        if (!"code".equals(responseType)) {
            return new Outcome.Rejected(WechatErrorPage.responseTypeInvalid());
        }
        Optional<OAuthScope> parsedScope = OAuthScope.fromWireName(scope);
        if (parsedScope.isEmpty()) {
            return new Outcome.Rejected(WechatErrorPage.scopeNotAllowed());
        }
        if (!redirectAllowed(app.get(), redirectUri)) {
            return new Outcome.Rejected(WechatErrorPage.redirectDomainMismatch());
        }
        String echoedState = Objects.requireNonNullElse(state, "");
        if (!stateAcceptable(echoedState)) {
            return new Outcome.Rejected(WechatErrorPage.stateInvalid(strictState));
        }
        return new Outcome.Accepted(new AuthorizeRequest(app.get(), redirectUri, parsedScope.get(), echoedState));
    }

    private static Optional<WechatErrorPage> firstMissing(String appid, String redirectUri, String scope) {
        if (isBlank(appid)) {
            return Optional.of(WechatErrorPage.appidMissing());
        }
        if (isBlank(redirectUri)) {
            return Optional.of(WechatErrorPage.redirectUriMissing());
        }
        if (isBlank(scope)) {
            return Optional.of(WechatErrorPage.scopeMissing());
        }
        return Optional.empty();
    }

    private static boolean redirectAllowed(SandboxWechatApp app, String redirectUri) {
        return CallbackUrls.httpHost(redirectUri).filter(app::allowsRedirectHost).isPresent();
    }

    /** The byte limit always holds (WeChat refuses long states); the alphabet only when strict. */
    private boolean stateAcceptable(String state) {
        if (state.getBytes(StandardCharsets.UTF_8).length > MAX_STATE_BYTES) {
            return false;
        }
        return !strictState || STRICT_STATE.matcher(state).matches();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
