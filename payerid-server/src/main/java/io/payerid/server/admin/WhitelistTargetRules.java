package io.payerid.server.admin;

import io.payerid.core.error.PayerIdException;
import io.payerid.core.redirect.NonPublicAddresses;
import io.payerid.server.config.DevelopmentProperties;
import org.springframework.stereotype.Component;

/**
 * What the admin API accepts as a whitelist entry beyond well-formedness: a whole origin only when the
 * operator says so ({@code wholeOrigin}), and, unless {@code payerid.development.allow-private-targets}
 * is on, only https targets on public hosts: payer identities must not travel in clear text, and a
 * merchant must not be able to point the gateway or payers' browsers at the operator's own network.
 * DNS names are not resolved here; the callback deliverer checks the resolved address when it connects.
 */
@Component
class WhitelistTargetRules {

    static final String DEVELOPMENT_PROPERTY = "payerid.development.allow-private-targets";

    private final boolean allowPrivateTargets;

    WhitelistTargetRules(DevelopmentProperties development) {
        this.allowPrivateTargets = development.allowPrivateTargets();
    }

    /** @throws PayerIdException {@code INVALID_REQUEST} naming the rule the target breaks */
    void check(WhitelistEntryParser.Target target, boolean wholeOrigin) {
        if (target.pathPrefix().isEmpty() && !wholeOrigin) {
            throw PayerIdException.invalid("url has no path prefix, so it would admit every path of " + target.display()
                    + ": add the prefix of your return pages (" + target.display() + "/pay/) or send \"wholeOrigin\": true");
        }
        if (!target.pathPrefix().isEmpty() && wholeOrigin) {
            throw PayerIdException.invalid("wholeOrigin admits every path: send the url without a path");
        }
        if (allowPrivateTargets) {
            return;
        }
        if (!target.scheme().equals("https")) {
            throw PayerIdException.invalid("url must be https:// (plain http only with " + DEVELOPMENT_PROPERTY + ")");
        }
        NonPublicAddresses.reasonForHost(target.host()).ifPresent(reason -> {
            throw PayerIdException.invalid("url host " + target.host() + " is not public (" + reason
                    + "); such targets are only accepted with " + DEVELOPMENT_PROPERTY);
        });
    }
}
