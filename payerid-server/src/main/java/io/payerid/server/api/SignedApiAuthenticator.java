package io.payerid.server.api;

import io.payerid.core.signing.SignType;
import io.payerid.core.signing.SignedRequestVerifier;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Authenticates a native server API call: the flat parameters carry appId, mchNo, timestamp, nonce,
 * signType and sign, signed by the README's rule over every other non-empty parameter.
 */
@Component
public class SignedApiAuthenticator {

    private final MerchantAppResolver resolver;
    private final SignedRequestVerifier verifier;

    public SignedApiAuthenticator(MerchantAppResolver resolver, SignedRequestVerifier verifier) {
        this.resolver = resolver;
        this.verifier = verifier;
    }

    public ApiCaller authenticate(Map<String, String> params) {
        MerchantAppResolver.Resolved resolved = resolver.resolve(params);
        SignType signType = verifier.verify(resolved.app(), params);
        return new ApiCaller(resolved.merchant(), resolved.app(), signType);
    }
}
