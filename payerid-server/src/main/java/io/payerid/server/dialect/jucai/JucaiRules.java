package io.payerid.server.dialect.jucai;

import io.payerid.core.signing.HexCase;

/**
 * The knobs where seed 000 is silent, as one institution uses them. In a per-institution override a
 * {@code null} component means "as the default".
 *
 * @param signHexCase         case of the MD5 hex this gateway sends (requests are accepted in either case)
 * @param signKeyName         the name before the key in the sign string ({@code &key=<app signKey>})
 * @param responseSign        which fields the answer's {@code sign} covers
 * @param unionPayUserIdField where a UnionPay user_id goes in the answer
 */
public record JucaiRules(HexCase signHexCase, String signKeyName, JucaiResponseSignScope responseSign,
                         JucaiUnionPayIdField unionPayUserIdField) {

    public JucaiRules {
        // Spliced into the string to sign: a name with '&' or '=' would make that string ambiguous.
        if (signKeyName != null && !signKeyName.matches("[A-Za-z0-9_]{1,32}")) {
            throw new IllegalArgumentException("payerid.dialects.jucai sign-key-name must be 1-32 of [A-Za-z0-9_]");
        }
    }

    /** This override's components, each falling back to {@code base}'s where it has none. */
    JucaiRules over(JucaiRules base) {
        return new JucaiRules(
                signHexCase != null ? signHexCase : base.signHexCase(),
                signKeyName != null ? signKeyName : base.signKeyName(),
                responseSign != null ? responseSign : base.responseSign(),
                unionPayUserIdField != null ? unionPayUserIdField : base.unionPayUserIdField());
    }
}
