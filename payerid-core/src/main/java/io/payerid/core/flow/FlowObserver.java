package io.payerid.core.flow;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.tenant.ChannelKind;

/**
 * What {@link AuthorizationFlow} reports as it runs, for metrics: the core names the events, the server counts
 * them (Micrometer). Called on the payer's request path, so an implementation must be cheap and never throw.
 */
public interface FlowObserver {

    /** Reports nothing. */
    FlowObserver NONE = new FlowObserver() {
    };

    /** A payer was sent upstream with a sealed flow. */
    default void started(FlowContext flow) {
    }

    /** A callback ended with the payer's identity. */
    default void completed(FlowContext flow) {
    }

    /** A flow was refused at its start or ended without an identity; {@code flow} is the sealed one when known. */
    default void failed(ChannelKind channel, String dialect, String appId, ErrorCode code) {
    }

    /** One upstream call of the flow (the OAuth code exchange) took {@code nanos} and ended with {@code outcome}. */
    default void upstreamCall(ChannelKind channel, String api, String outcome, long nanos) {
    }
}
