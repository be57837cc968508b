package io.payerid.console.port;

import io.payerid.core.tenant.ChannelConfig;

/**
 * The admin API's test of a channel configuration before it is saved (each kind's typed view, plus Alipay's
 * mode-specific fields), which the server owns; the console shows a refusal's detail next to the form.
 */
public interface ChannelChecks {

    /** @throws io.payerid.core.error.PayerIdException INVALID_REQUEST saying what makes the configuration unusable */
    void check(ChannelConfig candidate);
}
