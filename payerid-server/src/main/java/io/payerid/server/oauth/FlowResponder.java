package io.payerid.server.oauth;

import io.payerid.core.flow.FlowCompletion;
import io.payerid.server.web.Redirects;
import org.springframework.http.ResponseEntity;

/**
 * Turns a finished flow into the redirect its API promised: one per dialect (native, and each seed
 * API). The flow itself is shared; only this last translation differs.
 */
public interface FlowResponder {

    /** The dialect name stored in the sealed context. */
    String dialect();

    /** The URL to send the payer to, success or failure. */
    String redirectFor(FlowCompletion completion);

    /** The callback's answer: a redirect to {@link #redirectFor}, unless the dialect delivers results otherwise. */
    default ResponseEntity<?> respond(FlowCompletion completion) {
        return Redirects.found(redirectFor(completion));
    }
}
