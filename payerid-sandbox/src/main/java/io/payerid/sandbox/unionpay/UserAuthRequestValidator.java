package io.payerid.sandbox.unionpay;

import java.util.Optional;
import java.util.regex.Pattern;

import io.payerid.sandbox.support.CallbackUrls;

/**
 * userAuth's checks, in order: the browser must be a UnionPay-capable app (its User-Agent carries
 * {@code UnionPay/}; switchable for desktop testing), {@code version} must be given, and
 * {@code redirectUrl} must be an http(s) URL on a domain registered for some acquirer merchant.
 */
final class UserAuthRequestValidator {

    static final String UNIONPAY_UA_MARKER = "UnionPay/";
    private static final Pattern VERSION = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){0,3}");

    /** Either a request to carry on with, or the page that ends the flow. */
    sealed interface Outcome {
        record Accepted(UserAuthRequest request) implements Outcome {
        }

        record Rejected(UserAuthErrorPage page) implements Outcome {
        }
    }

    private final SandboxAcquirerMerchants merchants;
    private final boolean requireUnionPayApp;

    UserAuthRequestValidator(SandboxAcquirerMerchants merchants, boolean requireUnionPayApp) {
        this.merchants = merchants;
        this.requireUnionPayApp = requireUnionPayApp;
    }

    Outcome validate(String userAgent, String version, String redirectUrl) {
        if (requireUnionPayApp && (userAgent == null || !userAgent.contains(UNIONPAY_UA_MARKER))) {
            return new Outcome.Rejected(UserAuthErrorPage.notInUnionPayApp());
        }
        if (version == null || !VERSION.matcher(version).matches()) {
            return new Outcome.Rejected(UserAuthErrorPage.versionMissing());
        }
        Optional<String> host = CallbackUrls.httpHost(redirectUrl);
        if (host.isEmpty()) {
            return new Outcome.Rejected(UserAuthErrorPage.redirectUrlMissing());
        }
        if (!merchants.anyAllowsRedirectHost(host.get())) {
            return new Outcome.Rejected(UserAuthErrorPage.redirectDomainNotRegistered());
        }
        return new Outcome.Accepted(new UserAuthRequest(version, redirectUrl));
    }
}
