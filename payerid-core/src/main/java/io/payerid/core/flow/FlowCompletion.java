package io.payerid.core.flow;

import io.payerid.core.error.PayerIdException;

/**
 * How a flow ended once its sealed context was opened: an identity, or an error that can be
 * reported to the merchant's (whitelisted) redirect target instead of the payer's screen.
 */
public record FlowCompletion(FlowContext context, PayerIdentity identity, PayerIdException error) {

    public static FlowCompletion success(FlowContext context, PayerIdentity identity) {
        return new FlowCompletion(context, identity, null);
    }

    public static FlowCompletion failure(FlowContext context, PayerIdException error) {
        return new FlowCompletion(context, null, error);
    }

    public boolean succeeded() {
        return error == null;
    }
}
