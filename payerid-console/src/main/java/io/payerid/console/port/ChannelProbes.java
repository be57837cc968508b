package io.payerid.console.port;

import io.payerid.core.tenant.ChannelConfig;

/**
 * The console's "test" button: one cheap call to the channel's real upstream with a saved configuration, proving
 * (or not) that its credentials are accepted. The server owns the upstream clients, so it implements this; the
 * console bounds the call's duration itself (a probe may block until its client's own timeout).
 */
public interface ChannelProbes {

    /**
     * Never throws for an upstream's failure: every answer, refusal or silence is an outcome.
     *
     * @param saved a stored configuration, secrets included
     */
    ProbeAnswer probe(ChannelConfig saved);
}
