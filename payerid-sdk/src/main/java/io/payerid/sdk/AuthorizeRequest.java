package io.payerid.sdk;

import java.util.Objects;

/**
 * One identity request: where the payer returns, what is asked, and the merchant's own {@code state}
 * (echoed back, at most 128 characters). Immutable; start with {@link #to(String)} and refine with the
 * {@code with…} methods, so the defaults (base scope, WeChat) live in one place.
 *
 * @param redirectUri where the payer returns; must match the merchant's whitelist on the gateway
 * @param scope       {@link Scope#BASE} by default
 * @param state       optional, may be {@code null}
 * @param channel     {@link Channel#WECHAT_OA} by default
 */
public record AuthorizeRequest(String redirectUri, Scope scope, String state, Channel channel) {

    public AuthorizeRequest {
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(channel, "channel");
    }

    /** A silent WeChat request returning to {@code redirectUri}. */
    public static AuthorizeRequest to(String redirectUri) {
        return new AuthorizeRequest(redirectUri, Scope.BASE, null, Channel.WECHAT_OA);
    }

    public AuthorizeRequest withScope(Scope newScope) {
        return new AuthorizeRequest(redirectUri, newScope, state, channel);
    }

    public AuthorizeRequest withState(String newState) {
        return new AuthorizeRequest(redirectUri, scope, newState, channel);
    }

    public AuthorizeRequest withChannel(Channel newChannel) {
        return new AuthorizeRequest(redirectUri, scope, state, newChannel);
    }
}
