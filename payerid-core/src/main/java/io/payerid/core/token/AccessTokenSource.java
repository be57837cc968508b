package io.payerid.core.token;

import io.payerid.core.tenant.Secret;

/**
 * Port to the upstream endpoint that issues an app's base access token. Only {@link AccessTokenHolder}
 * should call it: on WeChat a fetch may invalidate the token every other caller holds.
 */
public interface AccessTokenSource {

    /**
     * Asks the upstream for the app's token.
     *
     * @param forceRefresh ask for a new token even though the current one is still valid (where the
     *                     endpoint distinguishes; rate-limited upstream)
     * @throws io.payerid.core.error.PayerIdException when the upstream refuses or cannot be reached
     */
    AccessToken fetch(String appId, Secret secret, boolean forceRefresh);
}
