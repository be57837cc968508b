package io.payerid.server.probe;

import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;

/**
 * One channel kind's test: the cheapest upstream call whose answer tells accepted credentials from refused ones,
 * made through the same client the payer's flows use, so the test proves what a flow would meet.
 */
interface ChannelProbe {

    ChannelKind kind();

    /**
     * Reads the saved configuration as the call will, before anything goes out.
     *
     * @throws io.payerid.core.error.PayerIdException or IllegalArgumentException naming what is missing
     */
    void requireComplete(ChannelConfig saved);

    /**
     * Calls the upstream.
     *
     * @return what the accepting answer said, for the page
     * @throws io.payerid.core.error.PayerIdException as the channel's client maps the upstream's refusal or failure
     */
    String call(ChannelConfig saved);
}
