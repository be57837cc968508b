package io.payerid.server.dialect.jucai;

import io.payerid.core.signing.HexCase;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Seed 000's configurable choices ({@code payerid.dialects.jucai.*}): defaults for every institution, and
 * optional overrides keyed by {@code instNo}. Map keys keep underscores only in bracket notation:
 * {@code payerid.dialects.jucai.institutions[ISV_ACME].sign-hex-case=UPPER}.
 *
 * @param signHexCase         default {@code LOWER}, as the seed's examples
 * @param signKeyName         default {@code key}
 * @param responseSign        default {@code DATA}
 * @param unionPayUserIdField default {@code OPENID}
 * @param institutions        per-instNo overrides; components left out keep the defaults
 */
@ConfigurationProperties("payerid.dialects.jucai")
public record JucaiProperties(
        @DefaultValue("LOWER") HexCase signHexCase,
        @DefaultValue("key") String signKeyName,
        @DefaultValue("DATA") JucaiResponseSignScope responseSign,
        @DefaultValue("OPENID") JucaiUnionPayIdField unionPayUserIdField,
        Map<String, JucaiRules> institutions) {

    public JucaiProperties {
        institutions = institutions == null ? Map.of() : Map.copyOf(institutions);
        // Validates the default key name at start-up rather than on the first request.
        new JucaiRules(signHexCase, signKeyName, responseSign, unionPayUserIdField);
    }

    /** The rules of the institution with that instNo (the defaults when it has no override, or is unknown). */
    public JucaiRules rulesFor(String instNo) {
        JucaiRules defaults = new JucaiRules(signHexCase, signKeyName, responseSign, unionPayUserIdField);
        JucaiRules override = instNo == null ? null : institutions.get(instNo);
        return override == null ? defaults : override.over(defaults);
    }
}
