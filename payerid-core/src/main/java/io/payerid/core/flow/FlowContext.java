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
 */
public record FlowContext(String flowId, ChannelKind channel, String dialect, String appId, String merchantId,
                          String redirectUri, Scope scope, String merchantState, long expiresAt,
                          Map<String, String> attributes) {

    public FlowContext {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
