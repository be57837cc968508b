package io.payerid.server.dialect.jucai;

import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import java.util.Map;

/**
 * The merchant app a request names (its {@code appId}), with the merchant and institution it belongs to and
 * that institution's rules. Known before the request is authenticated, so even refusals can be signed.
 */
record JucaiApp(MerchantApp app, Merchant merchant, Institution institution, JucaiRules rules) {

    /** Only an app with an MD5 key, and MD5 enabled, can sign or be signed for in this dialect. */
    boolean signsMd5() {
        return app.signKey() != null && app.accepts(SignType.MD5);
    }

    boolean verify(Map<String, String> fields, String sign) {
        JucaiSignature signature = new JucaiSignature(rules);
        return signsMd5() && app.signedWithAnyKey(System.currentTimeMillis(),
                key -> signature.verify(fields, key.reveal(), sign));
    }

    /** The answer's sign, or empty when this app has no MD5 key to sign with. */
    String sign(Map<String, String> fields) {
        return signsMd5() ? new JucaiSignature(rules).sign(fields, app.signKey().reveal()) : "";
    }
}
