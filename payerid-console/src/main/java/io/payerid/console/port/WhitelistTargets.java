package io.payerid.console.port;

import io.payerid.core.tenant.WhitelistEntry;

/**
 * Adds a whitelist entry by the admin API's rules (URL shape, public hosts, whole-origin consent), which the
 * server owns; the console shows a refusal's detail inline next to the form.
 */
public interface WhitelistTargets {

    /** @throws io.payerid.core.error.PayerIdException INVALID_REQUEST saying why the URL is refused, CONFLICT */
    WhitelistEntry add(String merchantId, String url, boolean wholeOrigin);

    /**
     * Checks a URL by the same rules without adding it (a merchant user's request is checked when asked).
     *
     * @return the entry as it would be shown once added
     * @throws io.payerid.core.error.PayerIdException INVALID_REQUEST saying why the URL is refused
     */
    String check(String url, boolean wholeOrigin);
}
