package io.payerid.server.dialect.jucai;

import io.payerid.core.signing.KeyedDigestSigner;
import io.payerid.core.signing.SignType;
import java.util.Map;

/**
 * Seed 000's MD5 rule over the shared k=v& family: every non-empty field except {@code sign}, sorted by
 * name, {@code &<signKeyName>=<app signKey>} appended, MD5 hex in the institution's case. Verification
 * is constant-time and ignores the sender's hex case.
 */
final class JucaiSignature {

    private final KeyedDigestSigner signer;

    JucaiSignature(JucaiRules rules) {
        this.signer = new KeyedDigestSigner(SignType.MD5, rules.signHexCase(), rules.signKeyName());
    }

    String sign(Map<String, String> fields, String key) {
        return signer.sign(fields, key);
    }

    boolean verify(Map<String, String> fields, String key, String sign) {
        return signer.verify(fields, key, sign);
    }
}
