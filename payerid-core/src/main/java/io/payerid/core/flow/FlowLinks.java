package io.payerid.core.flow;

import io.payerid.core.seal.SealedState;

/**
 * Links a merchant's server asks for and shows the payer itself ({@code POST /v1/oauth/authorize-url}).
 * Such a link reaches the payer without passing through the gateway, so it cannot point straight at the
 * upstream: the flow would be bound to no browser. It points at the gateway instead, carrying the prepared
 * flow sealed under its own key (a link token never opens as a callback token, nor the reverse); the
 * browser that opens it gets the flow bound to it. Every browser opening one link shares one flow id, so
 * the flow still completes once.
 */
public final class FlowLinks {

    private final AuthorizationFlow flow;
    private final SealedState linkSeal;

    /** @param linkSeal a seal under a key of its own (another purpose than the callback seal's) */
    public FlowLinks(AuthorizationFlow flow, SealedState linkSeal) {
        this.flow = flow;
        this.linkSeal = linkSeal;
    }

    /** The link token for a checked request; it expires with the flow. */
    public String issue(AuthorizationRequest request) {
        return linkSeal.seal(flow.prepare(request));
    }

    /** Starts the link's flow in the browser holding {@code browser}. */
    public StartedFlow open(String token, BrowserKey browser) {
        return flow.start(linkSeal.open(token), browser);
    }
}
