package io.payerid.core.flow;

import io.payerid.core.error.PayerIdException;

/**
 * The upstream refused a code as invalid or used, and an earlier exchange of the same code had claimed it
 * without storing a result: the node running it died (or lost the answer) after the upstream may have
 * redeemed it. Not an error for the payer: {@link AuthorizationFlow} restarts the flow once instead.
 * Thrown from inside the store's loader, so nothing is recorded for the code or the flow.
 */
final class CodeSpentByLostLoader extends RuntimeException {

    private final PayerIdException refusal;

    CodeSpentByLostLoader(PayerIdException refusal) {
        super(refusal.getMessage(), refusal, false, false);
        this.refusal = refusal;
    }

    /** The upstream's answer, reported as usual when the flow was already restarted once. */
    PayerIdException refusal() {
        return refusal;
    }
}
