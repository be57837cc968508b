package io.payerid.core.flow;

import io.payerid.core.tenant.ChannelKind;
import java.util.Map;

/**
 * Everything the callback needs to finish an authorization, carried through the upstream redirect
 * inside a {@link io.payerid.core.seal.SealedState} instead of node memory.
 *
 * @param flowId        random id, also sent upstream as {@code state} and checked on return
 * @param channel       the upstream (e.g. WECHAT_OA)
 * @param dialect       which API started the flow ({@code native} or a seed dialect), so the callback answers in it
 * @param appId         the merchant app that asked
 * @param merchantId    internal merchant id
 * @param redirectUri   where the payer goes back to (already whitelist-checked)
 * @param scope         base or userinfo
 * @param merchantState the merchant's own state, echoed back
 * @param expiresAt     epoch seconds after which the flow is refused
 * @param attributes    dialect-specific extras (kept small: they travel in a URL)
 * @param browserHash   {@link BrowserKey#hash()} of the browser that started the flow; the callback must come
 *                      from a browser holding that key. Empty: not bound to a browser yet (a prepared link a
 *                      merchant shows, bound when a browser opens it); a callback never accepts an unbound one
 */
public record FlowContext(String flowId, ChannelKind channel, String dialect, String appId, String merchantId,
                          String redirectUri, Scope scope, String merchantState, long expiresAt,
                          Map<String, String> attributes, String browserHash) {

    public FlowContext {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        browserHash = browserHash == null ? "" : browserHash;
    }

    /** A context not bound to a browser. */
    public FlowContext(String flowId, ChannelKind channel, String dialect, String appId, String merchantId,
                       String redirectUri, Scope scope, String merchantState, long expiresAt,
                       Map<String, String> attributes) {
        this(flowId, channel, dialect, appId, merchantId, redirectUri, scope, merchantState, expiresAt, attributes, "");
    }

    public boolean boundToBrowser() {
        return !browserHash.isEmpty();
    }

    /** The same flow, bound to {@code key}'s browser. */
    public FlowContext boundTo(BrowserKey key) {
        return new FlowContext(flowId, channel, dialect, appId, merchantId, redirectUri, scope, merchantState, expiresAt,
                attributes, key.hash());
    }
}
