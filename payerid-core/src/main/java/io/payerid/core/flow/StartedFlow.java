package io.payerid.core.flow;

/**
 * A flow that was started: where to send the payer, and the gateway callback the upstream will send
 * them back to (whose path the web layer scopes the browser-binding cookie to).
 */
public record StartedFlow(String upstreamUrl, String callbackUrl) {
}
