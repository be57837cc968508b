package io.payerid.server.dialect.exchange;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.flow.FlowCompletion;
import io.payerid.server.oauth.FlowResponder;
import org.springframework.stereotype.Component;

/**
 * Seed 004's end of the flow: the outcome is recorded on the stored request (and, on success, the
 * merchant's callback enqueued), and the payer is sent to the gateway's result page, which the flow
 * was started with as its target. The merchant learns the identity only through the signed callback.
 */
@Component
public class ExchangeResponder implements FlowResponder {

    public static final String DIALECT = "exchange-004";
    /** Flow context attribute: the stored request's id. */
    public static final String REQUEST_ID = "exchangeRequestId";

    private final ExchangeAuthorizations authorizations;

    public ExchangeResponder(ExchangeAuthorizations authorizations) {
        this.authorizations = authorizations;
    }

    @Override
    public String dialect() {
        return DIALECT;
    }

    @Override
    public String redirectFor(FlowCompletion completion) {
        String requestId = completion.context().attributes().get(REQUEST_ID);
        if (requestId == null) {
            throw new PayerIdException(ErrorCode.FLOW_STATE_INVALID, "flow carries no seed 004 request");
        }
        if (completion.succeeded()) {
            authorizations.recordAuthorized(requestId, completion.identity());
        } else {
            authorizations.recordFailed(requestId, completion.error().code());
        }
        return completion.context().redirectUri();
    }
}
