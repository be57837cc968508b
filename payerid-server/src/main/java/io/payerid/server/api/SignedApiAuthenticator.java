package io.payerid.server.api;

import io.payerid.core.signing.SignType;
import io.payerid.core.signing.SignedRequestVerifier;
import io.payerid.server.ratelimit.AppRequestQuota;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Authenticates a native server API call: the flat parameters carry appId, mchNo, timestamp, nonce,
 * signType and sign, signed by the README's rule over every other non-empty parameter. Only a caller that
 * passed those checks takes a token from its app's rate limit.
 */
@Component
public class SignedApiAuthenticator {

    private final MerchantAppResolver resolver;
    private final SignedRequestVerifier verifier;
    private final AppRequestQuota quota;

    public SignedApiAuthenticator(MerchantAppResolver resolver, SignedRequestVerifier verifier, AppRequestQuota quota) {
        this.resolver = resolver;
        this.verifier = verifier;
        this.quota = quota;
    }

    public ApiCaller authenticate(Map<String, String> params) {
        MerchantAppResolver.Resolved resolved = resolver.resolve(params);
        SignType signType = verifier.verify(resolved.app(), params);
        quota.consume(resolved.app());
        return new ApiCaller(resolved.merchant(), resolved.app(), signType);
    }
}
