package io.payerid.core.flow;

import org.slf4j.MDC;

/**
 * Puts a flow's id in the log context: the request that starts a flow and the callback that finishes it
 * (which reads the id back out of the sealed state) log under the same {@code flowId}, so support can follow
 * one payer's flow across the wallet's round trip, on any node. The web layer clears it when the request ends.
 */
public final class FlowLogContext {

    public static final String MDC_KEY = "flowId";

    private FlowLogContext() {
    }

    static void enter(FlowContext context) {
        MDC.put(MDC_KEY, context.flowId());
    }
}
