package io.payerid.core.flow;

import io.payerid.core.error.PayerIdException;

/**
 * How a flow ended once its sealed context was opened: an identity, or an error that can be
 * reported to the merchant's (whitelisted) redirect target instead of the payer's screen; or, once per
 * flow, not ended yet: the code was spent by a node that died before storing its result, so the payer is
 * sent upstream again ({@code restartUrl}) for a fresh code on the same callback.
 */
public record FlowCompletion(FlowContext context, PayerIdentity identity, PayerIdException error, String restartUrl) {

    public static FlowCompletion success(FlowContext context, PayerIdentity identity) {
        return new FlowCompletion(context, identity, null, null);
    }

    public static FlowCompletion failure(FlowContext context, PayerIdException error) {
        return new FlowCompletion(context, null, error, null);
    }

    /** The flow goes on: send the same browser to {@code upstreamUrl}, which returns to the same callback. */
    public static FlowCompletion restart(FlowContext context, String upstreamUrl) {
        return new FlowCompletion(context, null, null, upstreamUrl);
    }

    public boolean succeeded() {
        return error == null && restartUrl == null;
    }

    public boolean restarted() {
        return restartUrl != null;
    }
}
